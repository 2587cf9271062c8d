using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace CraftCartAdmin.Tests.Settings;

internal static class PageTestExtensions
{
    /// <summary>The form control marked by a selector, whether MudBlazor put the marker on the input itself or on a wrapper.</summary>
    public static IElement Control<T>(this IRenderedComponent<T> cut, string selector) where T : IComponent
    {
        var element = cut.Find(selector);
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")
            ?? throw new InvalidOperationException($"no input under {selector}: {element.OuterHtml}");
    }

    public static void Type<T>(this IRenderedComponent<T> cut, string selector, string value) where T : IComponent =>
        cut.Control(selector).Change(value);
}
