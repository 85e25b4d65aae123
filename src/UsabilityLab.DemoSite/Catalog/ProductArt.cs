using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Catalog;

/// <summary>
/// Draws each product as a small inline SVG. The site must work offline with no external assets, and drawn
/// illustrations keep the page weight tiny while still looking like a catalogue. The SVGs use no ids or
/// gradients, so the same product can appear twice on one page without duplicate ids.
/// </summary>
internal static class ProductArt
{
    /// <summary>The illustration for <paramref name="product"/>, scaled by CSS to fill its container.</summary>
    public static Html Render(Product product)
    {
        var scene = Scene(product.Category);
        var body = Drawing(product.Kind, product.Palette);
        return Html.Of($"""<svg class="product-art" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid meet" role="img" aria-label="{product.Name}" xmlns="http://www.w3.org/2000/svg">{scene}{body}</svg>""");
    }

    private static Html Scene(Category category)
    {
        // A tinted backdrop per category, with a horizon, so every photo sits on a consistent "studio" set.
        var (sky, ground) = category.Slug switch
        {
            "shoes" => ("#f4efe6", "#e7dfd0"),
            "jackets" => ("#e8f0f3", "#d6e2e7"),
            _ => ("#eaf2e5", "#d5e4cc"),
        };
        return Html.Of($"""<rect width="400" height="300" fill="{sky}"/><circle cx="330" cy="62" r="26" fill="#fff" opacity=".7"/><path d="M0 236 Q110 200 210 228 T400 218 V300 H0 Z" fill="{ground}"/>""");
    }

    private static Html Drawing(ProductKind kind, Palette p) => kind switch
    {
        ProductKind.Shoe => Svg(
            """<ellipse cx="205" cy="236" rx="160" ry="9" fill="#000" opacity=".08"/>""",
            $"""<path d="M60 148 Q60 116 92 114 L132 112 Q150 112 160 126 L176 146 Q196 128 212 118 Q222 114 228 122 L266 166 Q310 172 336 184 Q356 194 354 206 L58 206 Z" fill="{p.Main}"/>""",
            $"""<path d="M66 122 Q72 114 92 114 L132 112 Q150 112 160 126 L176 146" stroke="{p.Accent}" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>""",
            """<path d="M300 176 Q336 182 354 206 L312 206 Q300 194 300 176 Z" fill="#000" opacity=".12"/>""",
            """<path d="M206 136 L222 128 M218 148 L234 140 M230 160 L246 152" stroke="#fff" stroke-width="5" stroke-linecap="round"/>""",
            """<path d="M100 190 Q170 150 262 182" stroke="#fff" stroke-width="7" fill="none" opacity=".55" stroke-linecap="round"/>""",
            $"""<path d="M50 204 Q48 232 80 232 L330 232 Q360 232 358 212 L356 202 L52 202 Z" fill="{p.Accent}"/>""",
            """<path d="M56 218 H354" stroke="#fff" stroke-width="3" opacity=".25"/>"""),
        ProductKind.Jacket or ProductKind.Puffer => Svg(
            $"""<path d="M122 96 L82 128 L70 236 L102 238 L116 156 Z M278 96 L318 128 L330 236 L298 238 L284 156 Z" fill="{p.Accent}"/>""",
            $"""<path d="M150 78 L250 78 L280 98 L290 244 L110 244 L120 98 Z" fill="{p.Main}"/>""",
            $"""<path d="M156 80 Q200 40 244 80 Q200 100 156 80 Z" fill="{p.Accent}"/>""",
            kind == ProductKind.Puffer
                ? """<path d="M116 126 H284 M114 156 H286 M112 186 H288 M111 216 H289" stroke="#000" stroke-opacity=".18" stroke-width="3"/>"""
                : """<path d="M134 190 H176 V214 H134 Z M224 190 H266 V214 H224 Z" fill="#000" opacity=".15"/>""",
            """<path d="M200 88 V244" stroke="#fff" stroke-width="4" opacity=".8"/>"""),
        ProductKind.Poncho => Svg(
            $"""<path d="M200 56 Q232 56 238 90 L326 232 Q200 254 74 232 L162 90 Q168 56 200 56 Z" fill="{p.Main}"/>""",
            """<ellipse cx="200" cy="86" rx="20" ry="16" fill="#fff" opacity=".85"/>""",
            $"""<path d="M200 104 V236" stroke="{p.Accent}" stroke-width="4" stroke-dasharray="2 14" stroke-linecap="round"/>""",
            $"""<path d="M74 232 Q200 254 326 232" stroke="{p.Accent}" stroke-width="6" fill="none"/>"""),
        ProductKind.Tent => Svg(
            """<ellipse cx="200" cy="236" rx="150" ry="9" fill="#000" opacity=".1"/>""",
            $"""<path d="M70 234 Q200 50 330 234 Z" fill="{p.Main}"/>""",
            $"""<path d="M200 234 L200 118 Q168 170 156 234 Z" fill="{p.Accent}"/>""",
            """<path d="M70 234 Q200 50 330 234 M110 234 Q200 90 290 234" stroke="#fff" stroke-width="3" fill="none" opacity=".6"/>"""),
        ProductKind.Stove => Svg(
            """<ellipse cx="200" cy="238" rx="80" ry="8" fill="#000" opacity=".1"/>""",
            $"""<rect x="150" y="150" width="100" height="86" rx="18" fill="{p.Accent}"/>""",
            $"""<rect x="184" y="122" width="32" height="30" rx="4" fill="{p.Main}"/>""",
            $"""<path d="M160 122 H240 M170 122 L156 104 M230 122 L244 104 M200 122 V100" stroke="{p.Main}" stroke-width="6" stroke-linecap="round"/>""",
            """<path d="M200 112 C186 96 196 84 200 70 C206 84 216 96 200 112 Z" fill="#3b82f6" opacity=".85"/>""",
            """<rect x="150" y="176" width="100" height="12" fill="#fff" opacity=".35"/>"""),
        ProductKind.SleepingBag => Svg(
            """<ellipse cx="200" cy="238" rx="160" ry="9" fill="#000" opacity=".1"/>""",
            $"""<path d="M60 196 Q60 150 110 148 L318 164 Q350 168 350 196 Q350 224 318 228 L110 244 Q60 242 60 196 Z" fill="{p.Main}"/>""",
            $"""<ellipse cx="104" cy="196" rx="28" ry="30" fill="{p.Accent}"/>""",
            """<path d="M140 160 L140 236 M190 164 L190 238 M240 168 L240 234 M290 172 L290 230" stroke="#fff" stroke-width="3" opacity=".3"/>""",
            """<path d="M132 198 L340 196" stroke="#fff" stroke-width="3" stroke-dasharray="6 5" opacity=".7"/>"""),
        ProductKind.Headlamp => Svg(
            """<polygon points="236,150 400,90 400,230" fill="#fde68a" opacity=".55"/>""",
            $"""<ellipse cx="178" cy="160" rx="112" ry="58" fill="none" stroke="{p.Accent}" stroke-width="14"/>""",
            $"""<rect x="196" y="120" width="64" height="70" rx="14" fill="{p.Main}"/>""",
            """<circle cx="240" cy="155" r="18" fill="#fff7c2" stroke="#fff" stroke-width="4"/>"""),
        _ => Html.Empty,
    };

    // Palette colours are constants from ProductCatalog, never request data, so trusting them is safe.
    private static Html Svg(params string[] parts) => Html.Trusted(string.Concat(parts));
}
