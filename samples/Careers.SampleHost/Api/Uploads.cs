using System;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Careers.SampleHost.Api;

/// <summary>
/// Where an import's body waits while it is checked: a folder of the host's own (<c>Careers:Import:UploadFolder</c>,
/// by default <c>data/uploads</c> in the content root), readable by the host's user only, since an upload holds
/// pupil-level rows. On Unix a file is made owner-only (0600) in an owner-only folder (0700) and unlinked as soon as
/// it is open, so that nothing of it is left on disk however the host stops, even killed; elsewhere it is deleted when
/// closed. Whatever an earlier run left is removed when the host starts.
/// </summary>
internal sealed class UploadFolder
{
    /// <summary>The configuration key of the folder.</summary>
    public const string Key = "Careers:Import:UploadFolder";

    /// <summary>Every upload file is named <c>careers-import-{guid}.tmp</c>.</summary>
    public const string Pattern = "careers-import-*.tmp";

    private const UnixFileMode OwnerOnlyFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private UploadFolder(string path) => Path = path;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The folder configuration names, or <c>data/uploads</c> under the content root.</summary>
    public static string PathFrom(IConfiguration configuration, string contentRoot) =>
        System.IO.Path.GetFullPath(
            configuration[Key] is { Length: > 0 } configured
                ? configured
                : System.IO.Path.Combine(contentRoot, "data", "uploads")
        );

    /// <summary>Makes the folder (owner-only), and removes the upload files an earlier run left in it.</summary>
    public static UploadFolder Open(string path, ILogger logger)
    {
        var folder = new DirectoryInfo(path);
        if (folder.Exists && folder.LinkTarget is not null)
        {
            throw new InvalidOperationException(
                $"{Key} is '{path}', which is a symbolic link: name a folder of the host's own."
            );
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
            // An older folder may have been made with the umask's wider mode.
            File.SetUnixFileMode(path, OwnerOnlyFolder);
        }

        var removed = 0;
        foreach (var leftover in Directory.EnumerateFiles(path, Pattern))
        {
            try
            {
                File.Delete(leftover);
                removed++;
            }
            catch (IOException)
            {
                // Open in another host on Windows (where an open file cannot be deleted): it deletes it on close.
            }
            catch (UnauthorizedAccessException) { }
        }

        if (removed > 0)
        {
            logger.LogWarning(
                "Removed {Count} upload file(s) left in {Folder} by a host that stopped mid-import.",
                removed,
                path
            );
        }

        return new UploadFolder(path);
    }

    /// <summary>A new, empty upload file, open for reading and writing, which no other user can read.</summary>
    public FileStream Create()
    {
        var file = System.IO.Path.Combine(Path, $"careers-import-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 1 << 16,
            Options = FileOptions.Asynchronous,
        };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
            options.Options |= FileOptions.DeleteOnClose;
            return new FileStream(file, options);
        }

        options.UnixCreateMode = OwnerOnlyFile;
        Directory.CreateDirectory(Path, OwnerOnlyFolder); // should someone have removed it since start-up
        var stream = new FileStream(file, options);
        try
        {
            // The open handle keeps the data; the name goes now, so a crash (kill -9) leaves nothing behind.
            File.Delete(file);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return stream;
    }
}
