using System.Runtime.InteropServices;
using System.Security;

namespace UsabilityLab.Storage.Reading;

/// <summary>
/// SQLite's column accessors called directly in the bundled <c>e_sqlite3</c> library that Microsoft.Data.Sqlite loads.
/// Through SQLitePCL each call also goes through a provider interface and a SafeHandle add-ref/release, several times
/// the cost of the accessor itself, and a run's load makes some twenty million of them. These functions only read the
/// current row (no locks, no callbacks into .NET), which is what makes skipping the GC transition safe.
/// </summary>
[SuppressUnmanagedCodeSecurity]
internal static class NativeMethods
{
    public const string Library = "e_sqlite3";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition, DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_column_type(IntPtr statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition, DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern long sqlite3_column_int64(IntPtr statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition, DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double sqlite3_column_double(IntPtr statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition, DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern IntPtr sqlite3_column_blob(IntPtr statement, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition, DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_column_bytes(IntPtr statement, int column);
}
