using System.Runtime.InteropServices;

namespace UsabilityLab.Core.Files;

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before opening it. .NET has no API for it (FileInfo calls them
/// all "Normal", and opening a FIFO blocks inside open(2) until a writer comes), so on Linux this asks the kernel with
/// statx(2), whose result layout is the same on every architecture. Elsewhere the kind is Unknown and only the size cap
/// of the bounded read protects.
/// </summary>
internal static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxBufferSize = 256;
    private const int ModeOffset = 28; // struct statx: mask(4) blksize(4) attributes(8) nlink(4) uid(4) gid(4), then mode(2)
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;

    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Managed(path);

        var buffer = new byte[StatxBufferSize];
        int result;
        try
        {
            result = Statx(AtCurrentDirectory, path, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Managed(path); // a libc without statx (glibc < 2.28, some musl builds)
        }

        if (result != 0)
        {
            // ENOENT and ENOTDIR mean "not there"; anything else (EACCES, ENOSYS under a strict sandbox) is left to the open.
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchEntry or NotADirectory ? FileKind.Missing : Managed(path);
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    private static FileKind Managed(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Unknown : FileKind.Missing;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true), DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
