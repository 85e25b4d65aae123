using UsabilityLab.Core.Files;

namespace UsabilityLab.Core.Tests.Files;

public sealed class ImageSizeTests
{
    [Fact]
    public void Read_Png_ReturnsTheHeaderSize()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x05, 0x00, 0, 0, 0x0C, 0x80, 8, 6, 0, 0, 0];

        Assert.Equal((1280, 3200), ImageSize.Read(png));
    }

    [Fact]
    public void Read_JpegWithSegmentsBeforeTheFrame_ReturnsTheFrameSize()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,                                                         // start of image
            0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46,                     // APP0 (shortened)
            0xFF, 0xDB, 0x00, 0x04, 0x00, 0x01,                                 // a quantisation table (shortened)
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00,                                 // DHT: C4 is not a frame
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x0C, 0x80, 0x05, 0x00, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        ];

        Assert.Equal((1280, 3200), ImageSize.Read(jpeg));
    }

    [Fact]
    public void Read_NeitherPngNorJpeg_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ImageSize.Read("GIF89a\0\0\0\0"u8));
    }

    [Fact]
    public void Read_JpegWithAnApp0SegmentFirst_ReadsTheStartOfFrame()
    {
        // SOI, APP0 (length 16), SOF0 with height 800 (0x0320) and width 1280 (0x0500): a screencast frame's header.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x03, 0x20, 0x05, 0x00, 0x03, 0, 0, 0, 0, 0, 0];

        Assert.Equal((1280, 800), ImageSize.TryRead(jpeg));
    }

    [Fact]
    public void TryRead_NotAnImage_IsNull() => Assert.Null(ImageSize.TryRead("GIF89a\0\0\0\0"u8));
}
