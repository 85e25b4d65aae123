using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// The dashboard's HTTPS certificate from files: a PKCS#12 file (<c>.pfx</c>, <c>.p12</c>; its password, if any, in
/// <see cref="PasswordVariable"/> so that it never shows in a process list), or a PEM certificate with its key in the
/// same file or in <c>--certificate-key</c>.
/// </summary>
internal static class DashboardCertificate
{
    /// <summary>The environment variable a PKCS#12 file's password is read from.</summary>
    public const string PasswordVariable = "LAB_CERTIFICATE_PASSWORD";

    public static X509Certificate2 Load(string file, string? keyFile)
    {
        if (!File.Exists(file))
        {
            throw new InputException($"--certificate {file}: no such file");
        }

        if (keyFile is not null && !File.Exists(keyFile))
        {
            throw new InputException($"--certificate-key {keyFile}: no such file");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = Path.GetExtension(file).ToLowerInvariant() is ".pfx" or ".p12"
                ? X509CertificateLoader.LoadPkcs12FromFile(file, Environment.GetEnvironmentVariable(PasswordVariable))
                : X509Certificate2.CreateFromPemFile(file, keyFile);
        }
        catch (CryptographicException ex)
        {
            throw new InputException($"--certificate {file}: cannot read it as {(keyFile is null ? "a PKCS#12 file (password from $" + PasswordVariable + ") or a PEM certificate with its key" : "a PEM certificate with the key of --certificate-key")} ({ex.Message})", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InputException($"--certificate {file}: it holds no private key; give the key with --certificate-key KEY.pem");
        }

        return certificate;
    }
}
