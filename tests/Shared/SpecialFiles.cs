using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace UsabilityLab.Tests.Shared;

/// <summary>Files that are not regular files, made in a test's own folder: a FIFO and a bound Unix socket.</summary>
internal static class SpecialFiles
{
    /// <summary>A device that never ends: reading it unbounded fills memory.</summary>
    public const string EndlessDevice = "/dev/zero";

    /// <summary>Makes a FIFO at <paramref name="path"/>; opening it for reading would wait for a writer.</summary>
    public static string Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToInt32("600", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed with errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Binds a Unix domain socket at <paramref name="path"/>; dispose the socket to close it.</summary>
    public static Socket BoundSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true), DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
