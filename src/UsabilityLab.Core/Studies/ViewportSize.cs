using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>Browser viewport size in CSS pixels.</summary>
public sealed record ViewportSize(int Width, int Height);
