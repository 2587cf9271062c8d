using MudBlazor;

namespace CraftCartAdmin.Components.Layout;

/// <summary>The brand theme: a warm craft palette and a Japanese font stack (no web fonts: the app runs offline).</summary>
public static class CraftCartTheme
{
    private static readonly string[] FontFamily =
        ["Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic", "Meiryo", "IPAGothic", "IPAPGothic", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#8A5A3B",
            Secondary = "#4F7A5A",
            AppbarBackground = "#5B3A26",
            DrawerBackground = "#FBF8F4",
            Background = "#F6F2EC",
            Success = "#2E7D32",
            Error = "#C62828",
            Warning = "#B26A00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            H1 = new H1Typography { FontFamily = FontFamily },
            H2 = new H2Typography { FontFamily = FontFamily },
            H3 = new H3Typography { FontFamily = FontFamily },
            H4 = new H4Typography { FontFamily = FontFamily },
            H5 = new H5Typography { FontFamily = FontFamily },
            H6 = new H6Typography { FontFamily = FontFamily },
            Button = new ButtonTypography { FontFamily = FontFamily },
            Body1 = new Body1Typography { FontFamily = FontFamily },
            Body2 = new Body2Typography { FontFamily = FontFamily },
        },
    };
}
