using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Application.Dashboard;

/// <summary>A task's traffic light in one run.</summary>
/// <param name="TaskId">Task id.</param>
/// <param name="Title">Task title.</param>
/// <param name="Light">Green, amber or red (see <see cref="TrafficLights"/>).</param>
/// <param name="Completion">"5 of 6 (83 %)".</param>
public sealed record TaskLight(string TaskId, string Title, TrafficLight Light, string Completion);
