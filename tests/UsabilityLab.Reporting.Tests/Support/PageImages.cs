using System.Diagnostics;
using System.Globalization;

namespace UsabilityLab.Reporting.Tests.Support;

/// <summary>One printed page as grey pixels (0 black … 255 white), row by row.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="Pixels">Width × Height grey values.</param>
public sealed record PageImage(int Number, int Width, int Height, byte[] Pixels)
{
    public byte this[int x, int y] => Pixels[(y * Width) + x];
}

/// <summary>
/// Renders a PDF's pages to images with poppler's <c>pdftoppm</c> (Debian package poppler-utils), the way a reader's
/// viewer paints them: what the check sees is what a stakeholder sees, not what the HTML meant.
/// </summary>
public static class PageImages
{
    public static async Task<IReadOnlyList<PageImage>> RenderAsync(string pdfPath, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("lab-pages-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), pdfPath, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(arg);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new InvalidOperationException("pdftoppm is missing: install the Debian package poppler-utils (./lab test installs it)", ex);
            }

            using (process)
            {
                var errors = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {errors}");
                }
            }

            // pdftoppm numbers its files page-01.pgm … (zero-padded to the page count's width): name order is page order.
            return folder.GetFiles("page-*.pgm").OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select((f, i) => ReadPgm(i + 1, File.ReadAllBytes(f.FullName))).ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Binary PGM (P5, maxval 255): a text header of magic, width, height and maxval, then one byte per pixel.</summary>
    private static PageImage ReadPgm(int number, byte[] file)
    {
        var fields = new List<int>();
        var at = 2; // after "P5"
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            var start = at;
            while (char.IsAsciiDigit((char)file[at]))
            {
                at++;
            }

            fields.Add(int.Parse(file.AsSpan(start, at - start), CultureInfo.InvariantCulture));
        }

        at++; // the single whitespace byte after maxval
        var (width, height) = (fields[0], fields[1]);
        return new PageImage(number, width, height, file[at..(at + (width * height))]);
    }
}
