using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Text;
using DuckDB.NET.Data;
using Npgsql;

namespace Careers.Performance;

/// <summary>One statement of a SQL file, with the output it produces or the file it copies in, if any.</summary>
internal sealed record SqlStatement(string Text, string? Output, string? Copy);

/// <summary>The SQL engines: the same script shape for both, one file each in <c>sql/</c>.</summary>
internal static class SqlEngines
{
    public static List<SqlStatement> Parse(string path, IReadOnlyDictionary<string, string> values)
    {
        var statements = new List<SqlStatement>();
        var text = new StringBuilder();
        string? output = null,
            copy = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw;
            foreach (var (name, value) in values)
            {
                line = line.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- output:", StringComparison.Ordinal))
            {
                output = trimmed["-- output:".Length..].Trim();
                continue;
            }

            if (trimmed.StartsWith("-- copy:", StringComparison.Ordinal))
            {
                copy = trimmed["-- copy:".Length..].Trim();
                continue;
            }

            if (
                text.Length == 0
                && (trimmed.Length == 0 || trimmed.StartsWith("--", StringComparison.Ordinal))
            )
            {
                continue;
            }

            text.AppendLine(line);
            if (trimmed.EndsWith(';'))
            {
                statements.Add(new SqlStatement(text.ToString(), output, copy));
                text.Clear();
                output = null;
                copy = null;
            }
        }

        return statements;
    }

    public static Outputs RunDuckDb(string script, string data, string asAt)
    {
        var statements = Parse(
            script,
            new Dictionary<string, string>
            {
                ["data"] = data.Replace("'", "''", StringComparison.Ordinal),
                ["as_at"] = asAt,
            }
        );
        var outputs = new Outputs();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement.Text;
            if (statement.Output is { } name)
            {
                using var reader = command.ExecuteReader();
                ReadAll(reader, outputs[name]);
            }
            else
            {
                command.ExecuteNonQuery();
            }
        }

        return outputs;
    }

    public static Outputs RunPostgres(
        string script,
        string data,
        string asAt,
        string connectionString,
        out ServerUsage usage
    )
    {
        var statements = Parse(script, new Dictionary<string, string> { ["as_at"] = asAt });
        var outputs = new Outputs();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        int backend;
        using (var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection))
        {
            backend = (int)command.ExecuteScalar()!;
        }

        var server = ServerUsage.Start(backend);
        foreach (var statement in statements)
        {
            if (statement.Copy is { } file)
            {
                using var copy = connection.BeginTextImport(statement.Text.TrimEnd().TrimEnd(';'));
                using var input = new StreamReader(
                    Path.Combine(data, file),
                    Encoding.UTF8,
                    false,
                    1 << 20
                );
                var buffer = new char[1 << 20];
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    copy.Write(buffer, 0, read);
                }

                continue;
            }

            using var command = new NpgsqlCommand(statement.Text, connection)
            {
                CommandTimeout = 0,
            };
            if (statement.Output is { } name)
            {
                using var reader = command.ExecuteReader();
                ReadAll(reader, outputs[name]);
            }
            else
            {
                command.ExecuteNonQuery();
            }
        }

        usage = server.Stop();
        using (
            var drop = new NpgsqlCommand(
                "DROP TABLE encounters, learners, institutions, learner_status",
                connection
            )
        )
        {
            drop.ExecuteNonQuery();
        }

        return outputs;
    }

    private static void ReadAll(DbDataReader reader, List<string[]> rows)
    {
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            var row = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                row[i] = values[i] switch
                {
                    bool b => b ? "true" : "false",
                    DBNull => "",
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
                };
            }

            rows.Add(row);
        }
    }
}

/// <summary>
/// What the PostgreSQL server spent: the CPU time of the whole cluster (the postmaster, every live child, and every
/// child that exited, such as parallel workers) and the peak resident memory of the session's backend.
/// </summary>
internal sealed class ServerUsage
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private int backend;
    private int postmaster;
    private double startCpu;

    public double CpuSeconds { get; private set; }

    public long BackendPeakBytes { get; private set; }

    public static ServerUsage Start(int backend)
    {
        var usage = new ServerUsage { backend = backend };
        usage.postmaster = (int)Field(Stat(backend), 4);
        usage.startCpu = usage.ClusterCpu();
        return usage;
    }

    public ServerUsage Stop()
    {
        CpuSeconds = ClusterCpu() - startCpu;
        BackendPeakBytes = PeakResident(backend);
        return this;
    }

    public static long PeakResident(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private double ClusterCpu()
    {
        var own = Stat(postmaster);
        var ticks = Field(own, 14) + Field(own, 15) + Field(own, 16) + Field(own, 17);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = Stat(pid);
                if (Field(stat, 4) == postmaster)
                {
                    ticks += Field(stat, 14) + Field(stat, 15);
                }
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }

        return ticks / TicksPerSecond;
    }

    private static string[] Stat(int pid)
    {
        // The command name is in parentheses and may hold spaces: fields start after the last ')'.
        var text = File.ReadAllText($"/proc/{pid}/stat");
        return text[(text.LastIndexOf(')') + 2)..].Split(' ');
    }

    /// <summary>Field n of /proc/pid/stat, counting from 1 as proc(5) does (field 3 is the first after the name).</summary>
    private static long Field(string[] fields, int n) =>
        long.Parse(fields[n - 3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
