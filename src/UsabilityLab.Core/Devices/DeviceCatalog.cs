namespace UsabilityLab.Core.Devices;

/// <summary>
/// The names of Playwright's device descriptors (<c>IPlaywright.Devices</c>, Playwright 1.64), and which of them have a
/// touch screen. Core must not reference Playwright, yet a study file is validated here, before any browser starts:
/// so the names are copied, and a test in the Recording tests compares this list with the driver's, so a Playwright
/// upgrade that adds or renames a device fails a test instead of a researcher's run. The descriptors themselves
/// (viewport, user agent, scale factor) stay in Playwright; the runner looks them up by name.
/// </summary>
public static class DeviceCatalog
{
    /// <summary>Playwright's desktop descriptors: a mouse, no touch screen.</summary>
    private static readonly string[] Desktop =
    [
        "Desktop Chrome", "Desktop Chrome HiDPI", "Desktop Edge", "Desktop Edge HiDPI", "Desktop Firefox",
        "Desktop Firefox HiDPI", "Desktop Safari",
    ];

    /// <summary>Every other descriptor: phones and tablets (portrait, and landscape where Playwright has it), with touch.</summary>
    private static readonly string[] Touch =
    [
        "Blackberry PlayBook", "Blackberry PlayBook landscape", "BlackBerry Z30", "BlackBerry Z30 landscape",
        "Galaxy Note 3", "Galaxy Note 3 landscape", "Galaxy Note II", "Galaxy Note II landscape", "Galaxy S III",
        "Galaxy S III landscape", "Galaxy S5", "Galaxy S5 landscape", "Galaxy S8", "Galaxy S8 landscape",
        "Galaxy S9+", "Galaxy S9+ landscape", "Galaxy S24", "Galaxy S24 landscape", "Galaxy A55", "Galaxy A55 landscape",
        "Galaxy Tab S4", "Galaxy Tab S4 landscape", "Galaxy Tab S9", "Galaxy Tab S9 landscape", "Galaxy Z Fold 6",
        "Galaxy Z Fold 6 landscape", "Galaxy Z Fold 6 Cover", "Galaxy Z Fold 6 Cover landscape", "Galaxy Z Fold 7",
        "Galaxy Z Fold 7 landscape", "Galaxy Z Fold 7 Cover", "Galaxy Z Fold 7 Cover landscape", "Galaxy Z Flip 6",
        "Galaxy Z Flip 6 landscape", "Galaxy Z Flip 6 Cover", "Galaxy Z Flip 6 Cover landscape", "Galaxy Z Flip 7",
        "Galaxy Z Flip 7 landscape", "Galaxy Z Flip 7 Cover", "Galaxy Z Flip 7 Cover landscape", "iPad (gen 5)",
        "iPad (gen 5) landscape", "iPad (gen 6)", "iPad (gen 6) landscape", "iPad (gen 7)", "iPad (gen 7) landscape",
        "iPad (gen 11)", "iPad (gen 11) landscape", "iPad Mini", "iPad Mini landscape", "iPad Pro 11", "iPad Pro 11 landscape",
        "iPhone 6", "iPhone 6 landscape", "iPhone 6 Plus", "iPhone 6 Plus landscape", "iPhone 7", "iPhone 7 landscape",
        "iPhone 7 Plus", "iPhone 7 Plus landscape", "iPhone 8", "iPhone 8 landscape", "iPhone 8 Plus", "iPhone 8 Plus landscape",
        "iPhone SE", "iPhone SE landscape", "iPhone SE (3rd gen)", "iPhone SE (3rd gen) landscape", "iPhone X",
        "iPhone X landscape", "iPhone XR", "iPhone XR landscape", "iPhone 11", "iPhone 11 landscape", "iPhone 11 Pro",
        "iPhone 11 Pro landscape", "iPhone 11 Pro Max", "iPhone 11 Pro Max landscape", "iPhone 12", "iPhone 12 landscape",
        "iPhone 12 Pro", "iPhone 12 Pro landscape", "iPhone 12 Pro Max", "iPhone 12 Pro Max landscape", "iPhone 12 Mini",
        "iPhone 12 Mini landscape", "iPhone 13", "iPhone 13 landscape", "iPhone 13 Pro", "iPhone 13 Pro landscape",
        "iPhone 13 Pro Max", "iPhone 13 Pro Max landscape", "iPhone 13 Mini", "iPhone 13 Mini landscape",
        "iPhone 14", "iPhone 14 landscape", "iPhone 14 Plus", "iPhone 14 Plus landscape", "iPhone 14 Pro",
        "iPhone 14 Pro landscape", "iPhone 14 Pro Max", "iPhone 14 Pro Max landscape", "iPhone 15", "iPhone 15 landscape",
        "iPhone 15 Plus", "iPhone 15 Plus landscape", "iPhone 15 Pro", "iPhone 15 Pro landscape", "iPhone 15 Pro Max",
        "iPhone 15 Pro Max landscape", "iPhone 16", "iPhone 16 landscape", "iPhone 16 Plus", "iPhone 16 Plus landscape",
        "iPhone 16 Pro", "iPhone 16 Pro landscape", "iPhone 16 Pro Max", "iPhone 16 Pro Max landscape", "iPhone 16e",
        "iPhone 16e landscape", "iPhone 17", "iPhone 17 landscape", "iPhone Air", "iPhone Air landscape",
        "iPhone 17 Pro", "iPhone 17 Pro landscape", "iPhone 17 Pro Max", "iPhone 17 Pro Max landscape", "iPhone 17e",
        "iPhone 17e landscape", "Kindle Fire HDX", "Kindle Fire HDX landscape", "LG Optimus L70", "LG Optimus L70 landscape",
        "Microsoft Lumia 550", "Microsoft Lumia 550 landscape", "Microsoft Lumia 950", "Microsoft Lumia 950 landscape",
        "Nexus 10", "Nexus 10 landscape", "Nexus 4", "Nexus 4 landscape", "Nexus 5", "Nexus 5 landscape",
        "Nexus 5X", "Nexus 5X landscape", "Nexus 6", "Nexus 6 landscape", "Nexus 6P", "Nexus 6P landscape",
        "Nexus 7", "Nexus 7 landscape", "Nokia Lumia 520", "Nokia Lumia 520 landscape", "Nokia N9", "Nokia N9 landscape",
        "Pixel 2", "Pixel 2 landscape", "Pixel 2 XL", "Pixel 2 XL landscape", "Pixel 3", "Pixel 3 landscape",
        "Pixel 4", "Pixel 4 landscape", "Pixel 4a (5G)", "Pixel 4a (5G) landscape", "Pixel 5", "Pixel 5 landscape",
        "Pixel 6", "Pixel 6 landscape", "Pixel 6 Pro", "Pixel 6 Pro landscape", "Pixel 6a", "Pixel 6a landscape",
        "Pixel 7", "Pixel 7 landscape", "Pixel 7 Pro", "Pixel 7 Pro landscape", "Pixel 7a", "Pixel 7a landscape",
        "Pixel 8", "Pixel 8 landscape", "Pixel 8 Pro", "Pixel 8 Pro landscape", "Pixel 8a", "Pixel 8a landscape",
        "Pixel 9", "Pixel 9 landscape", "Pixel 9 Pro", "Pixel 9 Pro landscape", "Pixel 9 Pro XL", "Pixel 9 Pro XL landscape",
        "Pixel 10", "Pixel 10 landscape", "Pixel 10 Pro", "Pixel 10 Pro landscape", "Pixel 10 Pro XL", "Pixel 10 Pro XL landscape",
        "Moto G4", "Moto G4 landscape",
    ];

    private static readonly HashSet<string> TouchSet = new(Touch, StringComparer.Ordinal);

    /// <summary>Every known device name, desktops first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Desktop, .. Touch];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="Names"/> (exact spelling, as Playwright's lookup is).</summary>
    public static bool IsKnown(string name) => TouchSet.Contains(name) || Desktop.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether the device has a touch screen, so its participants tap instead of clicking.</summary>
    public static bool HasTouch(string name) => TouchSet.Contains(name);
}
