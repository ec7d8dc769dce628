using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Careers.SampleHost.Dashboard;

/// <summary>A bar or point of a chart: its label, its value (null when not published), an optional link.</summary>
internal sealed record Datum(string Label, double? Value, string? Href = null, string? Note = null);

/// <summary>A named series of values, one per category, drawn in one colour.</summary>
internal sealed record Series(string Name, string Colour, IReadOnlyList<Datum> Data);

/// <summary>A horizontal reference line (a national figure, a target) across a chart.</summary>
internal sealed record Reference(string Name, double Value, string Colour);

/// <summary>A point of a scatter plot.</summary>
internal sealed record ScatterPoint(string Label, double X, double Y, string? Href, bool Highlight);

/// <summary>
/// Charts drawn as inline SVG by the host: no third-party code. Each chart is a <c>figure</c> with
/// <c>data-chart="name"</c>, an SVG with <c>role="img"</c>, a <c>title</c> and <c>desc</c> it is labelled by, each data
/// point an SVG element of class <c>point</c> carrying <c>data-value</c> and a tooltip, a caption, and the same numbers
/// as a table (the text alternative) under a <c>details</c> element.
/// </summary>
internal static class Svg
{
    private const int Width = 720;
    private const int Height = 300;
    private const int Left = 56;
    private const int Right = 36;
    private const int Top = 30;
    private const int Bottom = 72;

    /// <summary>Grouped bars: one group per category, one bar per series; optional reference lines.</summary>
    public static string Bars(
        string name,
        string title,
        string caption,
        IReadOnlyList<Series> series,
        double max,
        string unit,
        IReadOnlyList<Reference>? references = null
    )
    {
        references ??= [];
        var categories = series[0].Data.Select(d => d.Label).ToArray();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var group = (double)plotWidth / Math.Max(1, categories.Length);
        var bar = Math.Min(28, (group * 0.8) / series.Count);
        var svg = new StringBuilder();
        Open(svg, name, title, caption);
        Axis(svg, max, unit);
        for (var c = 0; c < categories.Length; c++)
        {
            var x0 = Left + (c * group) + ((group - (bar * series.Count)) / 2);
            for (var s = 0; s < series.Count; s++)
            {
                var d = series[s].Data[c];
                var value = d.Value ?? 0;
                var h = Math.Max(0, Math.Min(value, max) / max * plotHeight);
                var x = x0 + (s * bar);
                var tip =
                    $"{d.Label}, {series[s].Name}: {Format(d.Value, unit)}{(d.Note is null ? "" : " (" + d.Note + ")")}";
                var rect =
                    $"<rect class=\"point\" data-series=\"{E(series[s].Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(d.Value)}\" x=\"{N(x)}\" y=\"{N(Top + plotHeight - h)}\" width=\"{N(bar - 2)}\" height=\"{N(h)}\" fill=\"{series[s].Colour}\"><title>{E(tip)}</title></rect>";
                svg.Append(d.Href is null ? rect : $"<a href=\"{E(d.Href)}\">{rect}</a>");
                if (d.Value is null)
                {
                    svg.Append(
                        $"<text x=\"{N(x + (bar / 2))}\" y=\"{N(Top + plotHeight - 4)}\" font-size=\"10\" text-anchor=\"middle\">x</text>"
                    );
                }
            }

            var lx = Left + (c * group) + (group / 2);
            svg.Append(
                $"<text x=\"{N(lx)}\" y=\"{Top + plotHeight + 14}\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 {N(lx)} {Top + plotHeight + 14})\">{E(Short(categories[c]))}</text>"
            );
        }

        foreach (var r in references)
        {
            var y = Top + plotHeight - (Math.Min(r.Value, max) / max * plotHeight);
            svg.Append(
                $"<line class=\"reference\" data-value=\"{Number(r.Value)}\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{r.Colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>{E(r.Name + ": " + Format(r.Value, unit))}</title></line>"
            );
        }

        Legend(
            svg,
            series
                .Select(s => (s.Name, s.Colour))
                .Concat(references.Select(r => (r.Name, r.Colour)))
        );
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, unit, references));
    }

    /// <summary>Stacked bars: one bar per category, its segments the series (counts that add up).</summary>
    public static string Stacked(
        string name,
        string title,
        string caption,
        IReadOnlyList<Series> series
    )
    {
        var categories = series[0].Data.Select(d => d.Label).ToArray();
        var totals = categories.Select((_, c) => series.Sum(s => s.Data[c].Value ?? 0)).ToArray();
        var max = Math.Max(1, totals.DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var group = (double)plotWidth / Math.Max(1, categories.Length);
        var bar = Math.Min(48, group * 0.6);
        var svg = new StringBuilder();
        Open(svg, name, title, caption);
        Axis(svg, max, "");
        for (var c = 0; c < categories.Length; c++)
        {
            var x = Left + (c * group) + ((group - bar) / 2);
            var y = (double)(Top + plotHeight);
            foreach (var s in series)
            {
                var d = s.Data[c];
                var h = (d.Value ?? 0) / max * plotHeight;
                y -= h;
                svg.Append(
                    $"<rect class=\"point\" data-series=\"{E(s.Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(d.Value)}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(bar)}\" height=\"{N(h)}\" fill=\"{s.Colour}\"><title>{E($"{d.Label}, {s.Name}: {Format(d.Value, "")}")}</title></rect>"
                );
            }

            var lx = Left + (c * group) + (group / 2);
            svg.Append(
                $"<text x=\"{N(lx)}\" y=\"{Top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\">{E(categories[c])}</text>"
            );
        }

        Legend(svg, series.Select(s => (s.Name, s.Colour)));
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, "", []));
    }

    /// <summary>Lines over years: each series a line with a marker per value; gaps where a value is not published.</summary>
    public static string Lines(
        string name,
        string title,
        string caption,
        IReadOnlyList<Series> series,
        double max,
        string unit
    )
    {
        var categories = series[0].Data.Select(d => d.Label).ToArray();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var step = categories.Length > 1 ? (double)plotWidth / (categories.Length - 1) : 0;
        double X(int i) => categories.Length > 1 ? Left + (i * step) : Left + (plotWidth / 2.0);
        double Y(double v) => Top + plotHeight - (Math.Min(v, max) / max * plotHeight);
        var svg = new StringBuilder();
        Open(svg, name, title, caption);
        Axis(svg, max, unit);
        foreach (var s in series)
        {
            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < s.Data.Count; i++)
            {
                if (s.Data[i].Value is { } v)
                {
                    path.Append(pen ? " L" : "M").Append(N(X(i))).Append(' ').Append(N(Y(v)));
                    pen = true;
                }
                else
                {
                    pen = false;
                }
            }

            if (path.Length > 0)
            {
                svg.Append(
                    $"<path d=\"{path}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\"{(s.Name.StartsWith("Target", StringComparison.Ordinal) ? " stroke-dasharray=\"6 4\"" : "")}/>"
                );
            }

            for (var i = 0; i < s.Data.Count; i++)
            {
                if (s.Data[i].Value is { } v)
                {
                    var d = s.Data[i];
                    svg.Append(
                        $"<circle class=\"point\" data-series=\"{E(s.Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(v)}\" cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"5\" fill=\"{(d.Note is null ? s.Colour : Rag(d.Note))}\" stroke=\"{s.Colour}\" stroke-width=\"2\"><title>{E($"{d.Label}, {s.Name}: {Format(v, unit)}{(d.Note is null ? "" : ", " + d.Note)}")}</title></circle>"
                    );
                }
            }
        }

        for (var i = 0; i < categories.Length; i++)
        {
            svg.Append(
                $"<text x=\"{N(X(i))}\" y=\"{Top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\">{E(categories[i])}</text>"
            );
        }

        Legend(svg, series.Select(s => (s.Name, s.Colour)));
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, unit, []));
    }

    /// <summary>A scatter plot; highlighted points drawn larger.</summary>
    public static string Scatter(
        string name,
        string title,
        string caption,
        string xLabel,
        string yLabel,
        IReadOnlyList<ScatterPoint> points,
        Func<double, string> xFormat,
        Func<double, string> yFormat,
        Func<double, string> yTicks
    )
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var xMax = Nice(Math.Max(0.01, points.Select(p => p.X).DefaultIfEmpty(0).Max()));
        var yMax = Nice(Math.Max(1, points.Select(p => p.Y).DefaultIfEmpty(0).Max()));
        var svg = new StringBuilder();
        Open(svg, name, title, caption);
        Axis(svg, yMax, "", yTicks);
        for (var t = 0; t <= 4; t++)
        {
            var x = Left + (t * plotWidth / 4.0);
            svg.Append(
                $"<text x=\"{N(x)}\" y=\"{Top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\">{E(xFormat(xMax * t / 4))}</text>"
            );
        }

        svg.Append(
            $"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Top + plotHeight + 36}\" font-size=\"12\" text-anchor=\"middle\">{E(xLabel)}</text>"
        );
        svg.Append(
            $"<text x=\"10\" y=\"{Top + (plotHeight / 2)}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 10 {Top + (plotHeight / 2)})\">{E(yLabel)}</text>"
        );
        foreach (var p in points.OrderBy(p => p.Highlight))
        {
            var cx = Left + (p.X / xMax * plotWidth);
            var cy = Top + plotHeight - (p.Y / yMax * plotHeight);
            var circle =
                $"<circle class=\"point\" data-label=\"{E(p.Label)}\" data-value=\"{Number(p.Y)}\" data-x=\"{Number(p.X)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{(p.Highlight ? 8 : 5)}\" fill=\"{(p.Highlight ? "#d4351c" : "#1d70b8")}\" fill-opacity=\"0.8\"><title>{E($"{p.Label}: {xFormat(p.X)}, {yFormat(p.Y)}")}</title></circle>";
            svg.Append(p.Href is null ? circle : $"<a href=\"{E(p.Href)}\">{circle}</a>");
        }

        svg.Append("</svg>");
        var table = new StringBuilder("<table><thead><tr><th scope=\"col\">institution</th>");
        table.Append(
            $"<th scope=\"col\">{E(xLabel)}</th><th scope=\"col\">{E(yLabel)}</th></tr></thead><tbody>"
        );
        foreach (var p in points)
        {
            table.Append(
                $"<tr><th scope=\"row\">{E(p.Label)}</th><td>{E(xFormat(p.X))}</td><td>{E(yFormat(p.Y))}</td></tr>"
            );
        }

        table.Append("</tbody></table>");
        return Close(svg, caption, table.ToString());
    }

    /// <summary>HTML-encodes text.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A value as text, to one decimal place, with its unit.</summary>
    public static string Format(double? value, string unit) =>
        value is { } v
            ? v.ToString(unit == "%" ? "0.0" : "0.##", CultureInfo.InvariantCulture) + unit
            : "not available";

    private static void Open(StringBuilder svg, string name, string title, string caption)
    {
        svg.Append($"<figure class=\"chart\" data-chart=\"{E(name)}\">");
        svg.Append(
            $"<svg role=\"img\" aria-labelledby=\"{E(name)}-title {E(name)}-desc\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">"
        );
        svg.Append($"<title id=\"{E(name)}-title\">{E(title)}</title>");
        svg.Append($"<desc id=\"{E(name)}-desc\">{E(caption)}</desc>");
    }

    private static string Close(StringBuilder svg, string caption, string table) =>
        svg.Append($"<figcaption>{E(caption)}</figcaption>")
            .Append("<details><summary>The figures as a table</summary>")
            .Append(table)
            .Append("</details></figure>")
            .ToString();

    private static void Axis(
        StringBuilder svg,
        double max,
        string unit,
        Func<double, string>? format = null
    )
    {
        var plotHeight = Height - Top - Bottom;
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            var y = Top + plotHeight - (plotHeight * t / 4.0);
            svg.Append(
                $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#ddd\"/>"
            );
            svg.Append(
                $"<text x=\"{Left - 6}\" y=\"{N(y + 4)}\" font-size=\"11\" text-anchor=\"end\">{E(format is null ? Format(value, unit) : format(value))}</text>"
            );
        }
    }

    private static void Legend(StringBuilder svg, IEnumerable<(string Name, string Colour)> items)
    {
        var x = (double)Left;
        foreach (var (name, colour) in items)
        {
            svg.Append(
                $"<rect x=\"{N(x)}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{N(x + 14)}\" y=\"13\" font-size=\"11\">{E(name)}</text>"
            );
            x += 24 + (name.Length * 6.2);
        }
    }

    private static string Table(
        IReadOnlyList<string> categories,
        IReadOnlyList<Series> series,
        string unit,
        IReadOnlyList<Reference> references
    )
    {
        var table = new StringBuilder("<table><thead><tr><th scope=\"col\"></th>");
        foreach (var s in series)
        {
            table.Append($"<th scope=\"col\">{E(s.Name)}</th>");
        }

        foreach (var r in references)
        {
            table.Append($"<th scope=\"col\">{E(r.Name)}</th>");
        }

        table.Append("</tr></thead><tbody>");
        for (var c = 0; c < categories.Count; c++)
        {
            table.Append($"<tr><th scope=\"row\">{E(categories[c])}</th>");
            foreach (var s in series)
            {
                var d = s.Data[c];
                table.Append(
                    $"<td>{E(Format(d.Value, unit))}{(d.Note is null ? "" : " (" + E(d.Note) + ")")}</td>"
                );
            }

            foreach (var r in references)
            {
                table.Append($"<td>{E(Format(r.Value, unit))}</td>");
            }

            table.Append("</tr>");
        }

        return table.Append("</tbody></table>").ToString();
    }

    private static string Rag(string note) =>
        note switch
        {
            "green" => "#00703c",
            "amber" => "#ffbf47",
            "red" => "#d4351c",
            _ => "#ffffff",
        };

    private static double Nice(double max)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (m * magnitude >= max)
            {
                return m * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Short(string label)
    {
        var cut = label.IndexOf(" (synthetic)", StringComparison.Ordinal);
        var text = cut < 0 ? label : label[..cut];
        return text.Length > 22 ? text[..21] + "…" : text;
    }

    private static string N(double value) =>
        Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
