using Microsoft.AspNetCore.Http;
using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>The participant's recorder format: one of three containers the replay plays, with codecs at most.</summary>
public sealed class MicrophoneBodyTests
{
    [Theory]
    [InlineData("audio/webm;codecs=opus", "audio/webm;codecs=opus")]
    [InlineData("audio/webm", "audio/webm")]
    [InlineData(" AUDIO/OGG; codecs=\"opus\" ", "audio/ogg;codecs=opus")]
    [InlineData("audio/mp4;codecs=mp4a.40.2", "audio/mp4;codecs=mp4a.40.2")]
    public void ToMimeType_AContainerTheReplayPlays_StoredNormalised(string given, string stored) =>
        Assert.Equal(stored, new MicrophoneBody(null, given).ToMimeType());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("audio/wav")]
    [InlineData("video/webm")]
    [InlineData("audio/webm;rate=48000")]
    [InlineData("audio/webm;codecs=\"opus<script>\"")]
    public void ToMimeType_AnythingElse_RefusedWith400(string? given)
    {
        var refusal = Assert.Throws<BadHttpRequestException>(() => new MicrophoneBody(null, given).ToMimeType());
        Assert.Equal(StatusCodes.Status400BadRequest, refusal.StatusCode);
    }
}
