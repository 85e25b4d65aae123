namespace UsabilityLab.Application.Dashboard;

/// <summary>A file to hand to a browser: its bytes, its type and the name it is saved under.</summary>
/// <param name="Bytes">The file.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="FileName">The name a browser saves it as.</param>
public sealed record RunDownload(byte[] Bytes, string ContentType, string FileName);
