using UsabilityLab.Core.Devices;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Tests.Devices;

public class DeviceAssignmentTests
{
    private static Study StudyWith(params string[] devices) =>
        new("Devices", new Uri("http://example.test/"), null, new ParticipantPlan(3, 1, new Dictionary<string, int>()), new QuestionnairePlan(null, []), [], [], CapturePolicy.Default) { Devices = devices };

    [Theory]
    [InlineData("P01", "iPhone 13")]
    [InlineData("P02", "Pixel 7")]
    [InlineData("P03", "Desktop Chrome")]
    [InlineData("P04", "iPhone 13")]
    [InlineData("P120", "Desktop Chrome")]
    public void For_NumberedParticipant_DevicesInTurnLikeTheScriptedRoster(string participant, string device) =>
        Assert.Equal(device, DeviceAssignment.For(StudyWith("iPhone 13", "Pixel 7", "Desktop Chrome"), participant));

    [Fact]
    public void For_LabelWithoutNumber_FirstDevice() =>
        Assert.Equal("iPhone 13", DeviceAssignment.For(StudyWith("iPhone 13", "Pixel 7"), "alice"));

    [Fact]
    public void For_StudyWithoutDevices_NoDevice() =>
        Assert.Null(DeviceAssignment.For(StudyWith(), "P01"));
}
