using UsabilityLab.Core.Files;
using UsabilityLab.Core.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Core.Tests.Files;

public sealed class InputFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Path(string name) => _temp.File(name);

    private static string Problem(string path, long maxBytes = 1024)
    {
        Assert.Null(InputFile.TryReadBytes(path, maxBytes, "test files", out var problem));
        return problem;
    }

    [Fact]
    public void TryReadBytes_RegularFile_ReturnsItsBytes()
    {
        File.WriteAllBytes(Path("a.txt"), [1, 2, 3]);

        Assert.Equal([1, 2, 3], InputFile.TryReadBytes(Path("a.txt"), 3, "test files", out var problem));
        Assert.Equal("", problem);
    }

    [Fact]
    public void TryReadBytes_OneByteOverTheCap_RefusedWithBothSizes()
    {
        File.WriteAllBytes(Path("big.txt"), new byte[1025]);

        Assert.Equal("the file is 1 KiB (1,025 bytes); test files are limited to 1 KiB", Problem(Path("big.txt")));
    }

    [Fact]
    public async Task TryReadBytes_Fifo_RefusedWithoutWaitingForAWriter()
    {
        var fifo = SpecialFiles.Fifo(Path("pipe"));

        // A blocked open would never return: the timeout turns that hang into a failure.
        var problem = await Task.Run(() => Problem(fifo)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("is a named pipe (FIFO), not a regular file; save the content to a file and pass that", problem);
    }

    [Fact]
    public void TryReadBytes_EndlessDevice_RefusedAsADevice() =>
        Assert.Equal("is a character device, not a regular file; save the content to a file and pass that", Problem(SpecialFiles.EndlessDevice));

    [Fact]
    public void TryReadBytes_Socket_RefusedAsASocket()
    {
        using var socket = SpecialFiles.BoundSocket(Path("s.sock"));

        Assert.StartsWith("is a socket, not a regular file", Problem(Path("s.sock")), StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadBytes_DirectoryOrMissing_SaysSo()
    {
        Assert.Equal("is a directory, not a file; pass the file inside it", Problem(_temp.Path));
        Assert.Equal("file not found; check the path", Problem(Path("nope")));
    }

    [Fact]
    public void TryReadBytes_SymlinkToARegularFile_IsFollowed()
    {
        File.WriteAllText(Path("target.txt"), "hi");
        File.CreateSymbolicLink(Path("link.txt"), Path("target.txt"));

        Assert.Equal("hi"u8.ToArray(), InputFile.TryReadBytes(Path("link.txt"), 10, "test files", out _));
    }

    [Fact]
    public void TryReadText_ByteOrderMark_DecodedAndDropped()
    {
        File.WriteAllBytes(Path("bom.txt"), [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal("hi", InputFile.TryReadText(Path("bom.txt"), 10, "test files", out _));
    }

    [Theory]
    [InlineData(12, "12 bytes")]
    [InlineData(64 * 1024, "64 KiB")]
    [InlineData(1024 * 1024, "1 MiB")]
    [InlineData(1536 * 1024, "1.5 MiB")]
    [InlineData(64L * 1024 * 1024, "64 MiB")]
    public void Size_Bytes_ReadableBinaryUnits(long bytes, string expected) => Assert.Equal(expected, InputFile.Size(bytes));
}
