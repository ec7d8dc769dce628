using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.Versioning;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Security;
using Microsoft.Data.Sqlite;

namespace Careers.SampleHost.Tests;

/// <summary>
/// An import's upload holds pupil-level rows: while it waits it is readable by the host's user only, and nothing of it
/// is left on disk however the host stops (issue 16). The host runs as a child process (<c>dotnet
/// Careers.SampleHost.dll</c>) on a SQLite file of its own and a loopback port; it is killed (SIGKILL) in the middle of
/// an upload, started again, and must hold exactly what it held, with no upload file anywhere. Linux: it reads the
/// child's open files in /proc.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class UploadRestartTests : IDisposable
{
    private const string SchoolKey = "csk_upload-restart-test-key-not-a-secret-0001";

    private readonly string root = Directory.CreateTempSubdirectory("careers-restart-").FullName;

    private string Content => Path.Combine(root, "content");

    private string Temp => Path.Combine(root, "tmp");

    private string Database => Path.Combine(root, "careers.db");

    private string Uploads => Path.Combine(Content, "data", "uploads");

    [Fact]
    public async Task KilledMidImport_RestartsWithTheDatabaseUnchanged_AndNoUploadLeftOnDisk()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(55));
        Directory.CreateDirectory(Content);
        Directory.CreateDirectory(Temp);

        using var first = await ChildHost.StartAsync(Settings(), Content, timeout.Token);
        var before = Snapshot();

        // An import of about 6 MB (under the 8 MiB limit), streamed: half of it, then the client waits.
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var upload = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        using var http = new HttpClient { BaseAddress = new Uri(first.Address) };
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-01/activities/import"
        )
        {
            Content = new HalfThenWait(3 * 1024 * 1024, halfway, upload.Token),
        };
        request.Headers.Add(ApiKeyAuthenticationHandler.Header, SchoolKey);
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString());
        var sending = http.SendAsync(request, upload.Token);
        await halfway.Task.WaitAsync(timeout.Token);

        // The upload is open in the host: in its own owner-only folder, owner-only itself, and already without a name.
        var open = await first.OpenUploadAsync(timeout.Token);
        Assert.StartsWith(
            Uploads + Path.DirectorySeparatorChar,
            open.Target,
            StringComparison.Ordinal
        );
        Assert.EndsWith(" (deleted)", open.Target, StringComparison.Ordinal);
        Assert.Equal("600", open.Mode);
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Uploads)
        );

        first.Kill();
        await upload.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => sending);
        Assert.Empty(UploadFiles());

        // A file an earlier run could not remove (on a system where it keeps its name while open) goes at start-up.
        var leftover = Path.Combine(Uploads, "careers-import-0123456789abcdef0123456789abcdef.tmp");
        await File.WriteAllTextAsync(leftover, "learner_id,...\nL000001,...\n", timeout.Token);

        using var second = await ChildHost.StartAsync(Settings(), Content, timeout.Token);
        Assert.False(File.Exists(leftover), "the leftover upload was not removed at start-up");
        Assert.Empty(UploadFiles());
        Assert.Equal(before, Snapshot());

        // And the host works: the same import, whole, now writes.
        using var again = new HttpClient { BaseAddress = new Uri(second.Address) };
        again.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, SchoolKey);
        using var page = await again.GetAsync(
            "/institutions/sec-01/learners?take=1",
            timeout.Token
        );
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        second.Kill();
        Assert.Empty(UploadFiles());
    }

    /// <summary>Every upload file under the test's folder: the host's upload folder and its temporary folder.</summary>
    private List<string> UploadFiles() =>
        Directory.EnumerateFiles(root, "careers-import-*", SearchOption.AllDirectories).ToList();

    private Dictionary<string, string> Settings() =>
        new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Careers__Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Careers"] = "Data Source=" + Database,
            ["Careers__Synthetic__Seed"] = "831",
            ["Careers__Synthetic__LearnersPerYearGroup"] = "40",
            ["Careers__Synthetic__ReferenceDate"] = "2025-03-01",
            ["Careers__ApiKeys__DevelopmentKeys"] = "false",
            ["Careers__ApiKeys__Keys__0__Name"] = "restart test school",
            ["Careers__ApiKeys__Keys__0__Key"] = SchoolKey,
            ["Careers__ApiKeys__Keys__0__Role"] = "School",
            ["Careers__ApiKeys__Keys__0__Institution"] = "sec-01",
            ["Careers__RateLimit__PermitsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            // Where the system's temporary files would go: an upload must not.
            ["TMPDIR"] = Temp,
        };

    /// <summary>Each table's rows, counted, and the activities' ids: equal snapshots, the same data.</summary>
    private string Snapshot()
    {
        using var connection = new SqliteConnection(
            $"Data Source={Database};Mode=ReadOnly;Pooling=False"
        );
        connection.Open();
        var text = new StringBuilder();
        foreach (
            var table in new[] { "activities", "participations", "import_requests", "learners" }
        )
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {table}";
            text.Append(table).Append('=').Append(count.ExecuteScalar()).Append('\n');
        }

        using var ids = connection.CreateCommand();
        ids.CommandText =
            "SELECT group_concat(id, ' ') FROM (SELECT id FROM activities ORDER BY id)";
        text.Append(ids.ExecuteScalar());
        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException) { }
    }

    /// <summary>A CSV import body of unknown length: <c>half</c> bytes of rows, then nothing until cancelled.</summary>
    private sealed class HalfThenWait : HttpContent
    {
        private readonly int half;
        private readonly TaskCompletionSource halfway;
        private readonly CancellationToken ct;

        public HalfThenWait(int half, TaskCompletionSource halfway, CancellationToken ct)
        {
            (this.half, this.halfway, this.ct) = (half, halfway, ct);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        }

        protected override async Task SerializeToStreamAsync(
            Stream stream,
            TransportContext? context
        )
        {
            var rows = new StringBuilder(Careers.Encounters.Streaming.EncounterCsv.Header).Append(
                '\n'
            );
            for (var n = 0; rows.Length < half; n++)
            {
                rows.Append(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"L{n % 1000:000000},sec-01,9,restart-{n:000000},2025-01-14,EmployerTalk,,1\n"
                );
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(rows.ToString()), ct);
            await stream.FlushAsync(ct);
            halfway.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>The host as a child process on a loopback port, killed (SIGKILL) when disposed.</summary>
    private sealed class ChildHost : IDisposable
    {
        private readonly Process process;

        private ChildHost(Process process, string address)
        {
            this.process = process;
            Address = address;
        }

        public string Address { get; }

        public static async Task<ChildHost> StartAsync(
            Dictionary<string, string> settings,
            string contentRoot,
            CancellationToken ct
        )
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = contentRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(
                Path.Combine(AppContext.BaseDirectory, "Careers.SampleHost.dll")
            );
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(contentRoot);
            foreach (var name in start.Environment.Keys.ToList())
            {
                if (
                    name.StartsWith("Careers", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                )
                {
                    start.Environment.Remove(name);
                }
            }

            foreach (var (name, value) in settings)
            {
                start.Environment[name] = value;
            }

            var listening = new TaskCompletionSource<string>(
                TaskCreationOptions.RunContinuationsAsynchronously
            );
            var output = new StringBuilder();
            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }

                const string marker = "listening on ";
                var at = e.Data?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
                if (at >= 0)
                {
                    listening.TrySetResult(e.Data![(at + marker.Length)..].Trim());
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            };
            process.Exited += (_, _) =>
                listening.TrySetException(
                    new InvalidOperationException("The host stopped:\n" + output)
                );
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var address = await listening.Task.WaitAsync(ct);
                Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
                return new ChildHost(process, address);
            }
            catch
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
                throw;
            }
        }

        /// <summary>The upload file the host holds open: where it is (as /proc shows it) and its mode, in octal.</summary>
        public async Task<(string Target, string Mode)> OpenUploadAsync(CancellationToken ct)
        {
            var fds = $"/proc/{process.Id}/fd";
            while (true)
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries(fds))
                {
                    string? target;
                    try
                    {
                        target = new FileInfo(fd).LinkTarget;
                    }
                    catch (IOException)
                    {
                        continue; // closed meanwhile
                    }

                    if (target?.Contains("careers-import-", StringComparison.Ordinal) == true)
                    {
                        using var stat = Process.Start(
                            new ProcessStartInfo("stat", ["-L", "-c", "%a", fd])
                            {
                                RedirectStandardOutput = true,
                            }
                        )!;
                        var mode = (await stat.StandardOutput.ReadToEndAsync(ct)).Trim();
                        await stat.WaitForExitAsync(ct);
                        return (target, mode);
                    }
                }

                await Task.Delay(50, ct);
            }
        }

        /// <summary>SIGKILL: no shutdown, no finally, no disposal; what is on disk is what a crash leaves.</summary>
        public void Kill()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }
    }
}
