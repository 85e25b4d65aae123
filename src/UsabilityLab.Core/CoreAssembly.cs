namespace UsabilityLab.Core;

/// <summary>Marker for reflection-based convention tests and version lookups.</summary>
public static class CoreAssembly
{
    /// <summary>The product's informational version.</summary>
    public static string Version =>
        typeof(CoreAssembly).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
