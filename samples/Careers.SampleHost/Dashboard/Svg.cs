using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Careers.Kpi;

namespace Careers.SampleHost.Dashboard;

/// <summary>
/// A bar or point of a chart: its label, its value (null when there is none to show), an optional link and note, and
/// the GSS symbol shown in place of a missing value (<see cref="GssSymbol.NotAvailable"/>, "not measured", unless
/// said otherwise: <see cref="GssSymbol.Suppressed"/> for a figure hidden to protect children).
/// </summary>
internal sealed record Datum(
    string Label,
    double? Value,
    string? Href = null,
    string? Note = null,
    GssSymbol? Symbol = null
);

/// <summary>A named series of values, one per category, drawn in one colour.</summary>
internal sealed record Series(string Name, string Colour, IReadOnlyList<Datum> Data);

/// <summary>A reference line (a national figure, a target) across a chart.</summary>
internal sealed record Reference(string Name, double Value, string Colour);

/// <summary>A point of a scatter plot.</summary>
internal sealed record ScatterPoint(string Label, double X, double Y, string? Href, bool Highlight);

/// <summary>
/// One row of a gap chart: a group's gap to the rest in percentage points with its interval, and the verdict; or the
/// GSS symbol shown instead (suppressed).
/// </summary>
internal sealed record GapRow(
    string Label,
    double? Gap,
    double? Lower,
    double? Upper,
    bool Significant,
    GssSymbol? Symbol
)
{
    /// <summary>
    /// The verdict in words: "significantly below the rest" or "significantly above the rest" when the interval
    /// leaves out 0, "not significant" when it holds 0, the symbol when suppressed.
    /// </summary>
    public string Verdict =>
        Gap is not { } gap ? Svg.Symbol(Symbol)
        : !Significant ? "not significant"
        : gap < 0 ? "significantly below the rest"
        : "significantly above the rest";
}

/// <summary>
/// Charts drawn as inline SVG by the host: no third-party code. Each chart is a <c>figure</c> with
/// <c>data-chart="name"</c>, an SVG with <c>role="img"</c>, a <c>title</c> and <c>desc</c> it is labelled by, each data
/// point an SVG element of class <c>point</c> carrying <c>data-value</c> and a tooltip, a caption, and the same numbers
/// as a table (the text alternative) under a <c>details</c> element.
/// </summary>
/// <remarks>
/// How the figures read: an axis has ticks at a nice step (1, 2, 2.5 or 5 × 10ⁿ; whole steps for counts of pupils or
/// schools), each tick a <c>text</c> of class <c>tick</c> with its value in <c>data-value</c>; percentages are shown
/// to one decimal place, rounded half away from zero as DfE rounds (<see cref="DfeRounding"/>); money as £ with
/// thousands separators; a missing value is drawn hatched and labelled "not measured", never as a bar of 0; a
/// suppressed one shows the GSS symbol <c>c</c> (<see cref="GssSymbols"/>). Categories with long names are drawn as
/// horizontal bars, their names written out whole on the left.
/// </remarks>
internal static class Svg
{
    private const int Width = 720;
    private const int Height = 300;
    private const int Left = 64;
    private const int Right = 36;
    private const int Top = 30;
    private const int Bottom = 40;

    /// <summary>The unit of a percentage: shown to one decimal place.</summary>
    public const string Percent = "%";

    /// <summary>The unit of a count of pupils or schools: whole numbers, whole ticks.</summary>
    public const string Whole = "whole";

    /// <summary>The unit of money in pounds: £ with thousands separators.</summary>
    public const string Pounds = "£";

    /// <summary>The unit of other numbers (an average of benchmarks): up to two decimal places.</summary>
    public const string Plain = "";

    /// <summary>Category names longer than this are drawn as horizontal bars.</summary>
    private const int LongLabel = 10;

    private const double CharWidth = 6.6;

    /// <summary>
    /// Grouped bars: one group per category, one bar per series; optional reference lines. Drawn as horizontal bars
    /// when a category's name is long, so that no name is cut or turned.
    /// </summary>
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
        if (categories.Any(c => c.Length > LongLabel))
        {
            return Horizontal(name, title, caption, series, max, unit, references, false);
        }

        var (top, step) = Scale(max, unit);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var group = (double)plotWidth / Math.Max(1, categories.Length);
        var bar = Math.Min(28, (group * 0.8) / series.Count);
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, Height);
        Axis(svg, top, step, unit);
        for (var c = 0; c < categories.Length; c++)
        {
            var x0 = Left + (c * group) + ((group - (bar * series.Count)) / 2);
            for (var s = 0; s < series.Count; s++)
            {
                var d = series[s].Data[c];
                var x = x0 + (s * bar);
                var tip =
                    $"{d.Label}, {series[s].Name}: {Format(d, unit)}{(d.Note is null ? "" : " (" + d.Note + ")")}";
                if (d.Value is not { } value)
                {
                    Missing(
                        svg,
                        name,
                        series[s],
                        d,
                        x,
                        Top,
                        bar - 2,
                        plotHeight,
                        tip,
                        vertical: true
                    );
                    continue;
                }

                var h = Math.Max(0, Math.Min(value, top) / top * plotHeight);
                var rect =
                    $"<rect class=\"point\" data-series=\"{E(series[s].Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(d.Value)}\" x=\"{N(x)}\" y=\"{N(Top + plotHeight - h)}\" width=\"{N(bar - 2)}\" height=\"{N(h)}\" fill=\"{series[s].Colour}\"><title>{E(tip)}</title></rect>";
                svg.Append(d.Href is null ? rect : $"<a href=\"{E(d.Href)}\">{rect}</a>");
                if (h == 0)
                {
                    // A 0 is a figure: a mark on the axis, where "not measured" is hatched.
                    svg.Append(
                        $"<line class=\"zero\" x1=\"{N(x)}\" x2=\"{N(x + bar - 2)}\" y1=\"{Top + plotHeight - 1}\" y2=\"{Top + plotHeight - 1}\" stroke=\"{series[s].Colour}\" stroke-width=\"3\"/>"
                    );
                }
            }

            var lx = Left + (c * group) + (group / 2);
            svg.Append(
                $"<text x=\"{N(lx)}\" y=\"{Top + plotHeight + 16}\" font-size=\"12\" text-anchor=\"middle\">{E(categories[c])}</text>"
            );
        }

        foreach (var r in references)
        {
            var y = Top + plotHeight - (Math.Min(r.Value, top) / top * plotHeight);
            svg.Append(
                $"<line class=\"reference\" data-value=\"{Number(r.Value)}\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{r.Colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>{E(r.Name + ": " + Format(r.Value, unit))}</title></line>"
            );
        }

        Legend(svg, LegendItems(series, references), Width);
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, unit, references));
    }

    /// <summary>
    /// Stacked bars: one bar per category, its segments the series (counts that add up); horizontal when a
    /// category's name is long.
    /// </summary>
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
        if (categories.Any(c => c.Length > LongLabel))
        {
            return Horizontal(name, title, caption, series, max, Whole, [], true);
        }

        var (top, step) = Scale(max, Whole);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var group = (double)plotWidth / Math.Max(1, categories.Length);
        var bar = Math.Min(48, group * 0.6);
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, Height);
        Axis(svg, top, step, Whole);
        for (var c = 0; c < categories.Length; c++)
        {
            var x = Left + (c * group) + ((group - bar) / 2);
            var y = (double)(Top + plotHeight);
            foreach (var s in series)
            {
                var d = s.Data[c];
                var h = (d.Value ?? 0) / top * plotHeight;
                y -= h;
                svg.Append(
                    $"<rect class=\"point\" data-series=\"{E(s.Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(d.Value)}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(bar)}\" height=\"{N(h)}\" fill=\"{s.Colour}\"><title>{E($"{d.Label}, {s.Name}: {Format(d, Whole)}")}</title></rect>"
                );
            }

            var lx = Left + (c * group) + (group / 2);
            svg.Append(
                $"<text x=\"{N(lx)}\" y=\"{Top + plotHeight + 16}\" font-size=\"12\" text-anchor=\"middle\">{E(categories[c])}</text>"
            );
        }

        Legend(svg, series.Select(s => (s.Name, s.Colour)), Width);
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, Whole, []));
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
        var (top, step) = Scale(max, unit);
        var categories = series[0].Data.Select(d => d.Label).ToArray();
        var plotWidth = Width - Left - Right - 24;
        var plotHeight = Height - Top - Bottom;
        var step2 = categories.Length > 1 ? (double)plotWidth / (categories.Length - 1) : 0;
        double X(int i) =>
            categories.Length > 1 ? Left + 12 + (i * step2) : Left + 12 + (plotWidth / 2.0);
        double Y(double v) => Top + plotHeight - (Math.Min(v, top) / top * plotHeight);
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, Height);
        Axis(svg, top, step, unit);
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
                $"<text x=\"{N(X(i))}\" y=\"{Top + plotHeight + 16}\" font-size=\"12\" text-anchor=\"middle\">{E(categories[i])}</text>"
            );
        }

        Legend(svg, series.Select(s => (s.Name, s.Colour)), Width);
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
        string xUnit,
        string yUnit
    )
    {
        const int left = 72;
        const int bottom = 56;
        var plotWidth = Width - left - Right;
        var plotHeight = Height - Top - bottom;
        var (xMax, xStep) = Scale(
            Math.Max(0.01, points.Select(p => p.X).DefaultIfEmpty(0).Max()),
            xUnit
        );
        var (yMax, yStep) = Scale(
            Math.Max(1, points.Select(p => p.Y).DefaultIfEmpty(0).Max()),
            yUnit
        );
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, Height);
        Axis(svg, yMax, yStep, yUnit, left, plotHeight);
        foreach (var value in TickValues(xMax, xStep))
        {
            var x = left + (value / xMax * plotWidth);
            svg.Append(
                $"<text class=\"tick\" data-axis=\"x\" data-value=\"{Number(value)}\" x=\"{N(x)}\" y=\"{Top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\">{E(Tick(value, xUnit))}</text>"
            );
        }

        svg.Append(
            $"<text x=\"{left + (plotWidth / 2)}\" y=\"{Top + plotHeight + 38}\" font-size=\"12\" text-anchor=\"middle\">{E(xLabel)}</text>"
        );
        svg.Append(
            $"<text x=\"14\" y=\"{Top + (plotHeight / 2)}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (plotHeight / 2)})\">{E(yLabel)}</text>"
        );
        foreach (var p in points.OrderBy(p => p.Highlight))
        {
            var cx = left + (p.X / xMax * plotWidth);
            var cy = Top + plotHeight - (p.Y / yMax * plotHeight);
            var circle =
                $"<circle class=\"point\" data-label=\"{E(p.Label)}\" data-value=\"{Number(p.Y)}\" data-x=\"{Number(p.X)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{(p.Highlight ? 8 : 5)}\" fill=\"{(p.Highlight ? "#d4351c" : "#1d70b8")}\" fill-opacity=\"0.8\"><title>{E($"{p.Label}: {Format(p.X, xUnit)}, {Format(p.Y, yUnit)}")}</title></circle>";
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
                $"<tr><th scope=\"row\">{E(p.Label)}</th><td>{E(Format(p.X, xUnit))}</td><td>{E(Format(p.Y, yUnit))}</td></tr>"
            );
        }

        table.Append("</tbody></table>");
        return Close(svg, caption, table.ToString());
    }

    /// <summary>
    /// Gaps with their intervals: for each row, the gap in percentage points as a point, its 95% interval as an error
    /// bar (a line of class <c>interval</c> with <c>data-lower</c> and <c>data-upper</c>), and the verdict written
    /// beside it; a row whose figures are suppressed shows <c>c</c> instead. A line marks no gap (0).
    /// </summary>
    public static string Gaps(
        string name,
        string title,
        string caption,
        IReadOnlyList<GapRow> rows,
        string groupHeading
    )
    {
        const int row = 24;
        const int verdict = 196;
        var labelWidth = LabelWidth(rows.Select(r => r.Label));
        var height = Top + (rows.Count * row) + 34;
        var plotLeft = labelWidth + 16;
        var plotRight = Width - verdict;
        var extent = rows.SelectMany(r => new[] { r.Lower ?? 0, r.Upper ?? 0, r.Gap ?? 0 })
            .Select(Math.Abs)
            .DefaultIfEmpty(0)
            .Max();
        var (top, step) = Scale(Math.Max(1, extent), Plain);
        double X(double v) => plotLeft + ((v + top) / (2 * top) * (plotRight - plotLeft));
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, height);
        var bottom = Top + (rows.Count * row);
        foreach (
            var value in TickValues(top, step)
                .Skip(1)
                .Reverse()
                .Select(v => -v)
                .Concat(TickValues(top, step))
        )
        {
            svg.Append(
                $"<line x1=\"{N(X(value))}\" x2=\"{N(X(value))}\" y1=\"{Top}\" y2=\"{bottom}\" stroke=\"{(value == 0 ? "#0b0c0c" : "#ddd")}\"/>"
            );
            svg.Append(
                $"<text class=\"tick\" data-axis=\"x\" data-value=\"{Number(value)}\" x=\"{N(X(value))}\" y=\"{bottom + 14}\" font-size=\"11\" text-anchor=\"middle\">{E(Tick(value, Plain))}</text>"
            );
        }

        svg.Append(
            $"<text x=\"{N((plotLeft + plotRight) / 2.0)}\" y=\"{bottom + 30}\" font-size=\"12\" text-anchor=\"middle\">gap to the rest (percentage points)</text>"
        );
        svg.Append(
            $"<text x=\"{plotRight + 8}\" y=\"{Top - 8}\" font-size=\"11\" font-weight=\"bold\">verdict</text>"
        );
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = Top + (i * row) + (row / 2.0);
            svg.Append(
                $"<text x=\"{labelWidth + 8}\" y=\"{N(y + 4)}\" font-size=\"12\" text-anchor=\"end\">{E(r.Label)}</text>"
            );
            if (r.Gap is { } gap && r.Lower is { } lower && r.Upper is { } upper)
            {
                var tip =
                    $"{r.Label}: {Signed(gap)} points (95% interval {Signed(lower)} to {Signed(upper)}), {r.Verdict}";
                svg.Append(
                    $"<g class=\"interval\" data-label=\"{E(r.Label)}\" data-lower=\"{Number(lower)}\" data-upper=\"{Number(upper)}\"><title>{E(tip)}</title>"
                );
                svg.Append(
                    $"<line x1=\"{N(X(lower))}\" x2=\"{N(X(upper))}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>"
                );
                foreach (var end in new[] { lower, upper })
                {
                    svg.Append(
                        $"<line x1=\"{N(X(end))}\" x2=\"{N(X(end))}\" y1=\"{N(y - 6)}\" y2=\"{N(y + 6)}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>"
                    );
                }

                var significant = r.Significant;
                svg.Append(
                    $"<circle class=\"point\" data-label=\"{E(r.Label)}\" data-value=\"{Number(gap)}\" cx=\"{N(X(gap))}\" cy=\"{N(y)}\" r=\"5\" fill=\"{(significant ? "#d4351c" : "#ffffff")}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/></g>"
                );
                svg.Append(
                    $"<text x=\"{plotRight + 8}\" y=\"{N(y + 4)}\" font-size=\"12\"{(significant ? " font-weight=\"bold\"" : "")}>{E(r.Verdict)}</text>"
                );
            }
            else
            {
                svg.Append(
                    $"<text class=\"symbol\" x=\"{N(X(0) + 8)}\" y=\"{N(y + 4)}\" font-size=\"12\">{E(Symbol(r.Symbol))}</text>"
                );
            }
        }

        svg.Append("</svg>");
        var table = new StringBuilder(
            $"<table><thead><tr><th scope=\"col\">{E(groupHeading)}</th><th scope=\"col\">gap (points)</th><th scope=\"col\">95% interval</th><th scope=\"col\">verdict</th></tr></thead><tbody>"
        );
        foreach (var r in rows)
        {
            table.Append(
                r.Gap is { } gap && r.Lower is { } lower && r.Upper is { } upper
                    ? $"<tr><th scope=\"row\">{E(r.Label)}</th><td>{E(Signed(gap))}</td><td>{E(Signed(lower))} to {E(Signed(upper))}</td><td>{E(r.Verdict)}</td></tr>"
                    : $"<tr><th scope=\"row\">{E(r.Label)}</th><td>{E(Symbol(r.Symbol))}</td><td>{E(Symbol(r.Symbol))}</td><td>{E(r.Verdict)}</td></tr>"
            );
        }

        return Close(svg, caption, table.Append("</tbody></table>").ToString(), open: true);
    }

    /// <summary>HTML-encodes text.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A value as text in its unit: a percentage to one decimal place rounded half away from zero (DfE), a count
    /// whole, money as £ with thousands separators and pence, other numbers to two places at most; "not measured"
    /// when there is none.
    /// </summary>
    public static string Format(double? value, string unit) =>
        value is not { } v ? "not measured"
        : double.IsFinite(v) ? Text(v, unit, unit == Pounds ? 2 : null)
        : "not measured";

    /// <summary>A datum's value as text, or its GSS symbol.</summary>
    public static string Format(Datum d, string unit) =>
        d.Value is null ? Symbol(d.Symbol) : Format(d.Value, unit);

    /// <summary>
    /// The text shown for a missing figure: <c>c</c> (suppressed), <c>z</c> (not applicable), otherwise
    /// "not measured" (<c>x</c>).
    /// </summary>
    public static string Symbol(GssSymbol? symbol) =>
        symbol switch
        {
            GssSymbol.Suppressed => GssSymbol.Suppressed.Code(),
            GssSymbol.NotApplicable => GssSymbol.NotApplicable.Code(),
            _ => "not measured",
        };

    /// <summary>A percentage to one decimal place, DfE rounding.</summary>
    public static string PercentText(decimal value) => DfeRounding.Format(value, 1) + "%";

    /// <summary>Pence as pounds with thousands separators and pence: £1,234.56.</summary>
    public static string PoundsText(decimal pence) =>
        "£" + DfeRounding.Round(pence / 100m, 2).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A signed number of percentage points to one decimal place: +3.2, −1.0.</summary>
    public static string Signed(double value)
    {
        var rounded = DfeRounding.Round((decimal)value, 1);
        var text = Math.Abs(rounded).ToString("0.0", CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text
            : rounded < 0 ? "−" + text
            : text;
    }

    /// <summary>
    /// The top of an axis and its step for values up to <paramref name="max"/>: the step the nice number (1, 2, 2.5
    /// or 5 × 10ⁿ) nearest above a quarter of the range, whole for counts; the top the first multiple of the step at
    /// or above the maximum.
    /// </summary>
    public static (double Top, double Step) Scale(double max, string unit)
    {
        max = double.IsFinite(max) && max > 0 ? max : 1;
        var raw = max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = 10 * magnitude;
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            var candidate = m * magnitude;
            var whole = unit is Whole or Pounds;
            if (candidate >= raw - 1e-9 && (!whole || candidate >= 1 && IsWhole(candidate)))
            {
                step = candidate;
                break;
            }
        }

        if (unit is Whole or Pounds && step < 1)
        {
            step = 1;
        }

        var top = (double)((decimal)Math.Ceiling((max / step) - 1e-9) * (decimal)step);
        return (top, step);
    }

    /// <summary>The ticks of an axis from 0 to its top: exact multiples of the step.</summary>
    public static IReadOnlyList<double> TickValues(double top, double step)
    {
        var count = (int)Math.Round(top / step);
        return Enumerable
            .Range(0, count + 1)
            .Select(i => (double)((decimal)i * (decimal)step))
            .ToArray();
    }

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;

    private static string Text(double v, string unit, int? poundsDecimals)
    {
        var d = (decimal)v;
        return unit switch
        {
            Percent => PercentText(d),
            Whole => DfeRounding.Round(d, 0).ToString("#,##0", CultureInfo.InvariantCulture),
            Pounds => "£"
                + DfeRounding
                    .Round(d, poundsDecimals ?? 0)
                    .ToString(
                        poundsDecimals is > 0 ? "#,##0.00" : "#,##0",
                        CultureInfo.InvariantCulture
                    ),
            _ => DfeRounding.Round(d, 2).ToString("#,##0.##", CultureInfo.InvariantCulture),
        };
    }

    private static string Tick(double value, string unit) =>
        unit == Pounds ? Text(value, Pounds, IsWhole(value) ? 0 : 2)
        : unit == Percent
            ? (IsWhole(value) ? Text(value, Whole, null) + "%" : PercentText((decimal)value))
        : unit == Plain && value < 0 ? "−" + Text(-value, Plain, null)
        : Text(value, unit, null);

    /// <summary>
    /// Horizontal bars: each category's name written whole on the left, its bars (grouped or stacked) to the right,
    /// the value written at the end of each grouped bar.
    /// </summary>
    private static string Horizontal(
        string name,
        string title,
        string caption,
        IReadOnlyList<Series> series,
        double max,
        string unit,
        IReadOnlyList<Reference> references,
        bool stacked
    )
    {
        var categories = series[0].Data.Select(d => d.Label).ToArray();
        var (top, step) = Scale(max, unit);
        var bar =
            stacked ? 18
            : series.Count == 1 ? 16
            : 12;
        var rowHeight = stacked ? bar + 8 : (bar * series.Count) + 8;
        var labelWidth = LabelWidth(categories);
        var plotLeft = labelWidth + 16;
        var plotRight = Width - (stacked ? 24 : 72);
        var plotWidth = plotRight - plotLeft;
        var top0 = Top;
        var plotHeight = categories.Length * rowHeight;
        var height = top0 + plotHeight + 30;
        double X(double v) => plotLeft + (Math.Min(v, top) / top * plotWidth);
        var svg = new StringBuilder();
        Open(svg, name, title, caption, Width, height);
        foreach (var value in TickValues(top, step))
        {
            svg.Append(
                $"<line x1=\"{N(X(value))}\" x2=\"{N(X(value))}\" y1=\"{top0}\" y2=\"{top0 + plotHeight}\" stroke=\"#ddd\"/>"
            );
            svg.Append(
                $"<text class=\"tick\" data-axis=\"x\" data-value=\"{Number(value)}\" x=\"{N(X(value))}\" y=\"{top0 + plotHeight + 14}\" font-size=\"11\" text-anchor=\"middle\">{E(Tick(value, unit))}</text>"
            );
        }

        for (var c = 0; c < categories.Length; c++)
        {
            var y0 = top0 + (c * rowHeight) + 4;
            svg.Append(
                $"<text x=\"{labelWidth + 8}\" y=\"{N(y0 + ((rowHeight - 8) / 2.0) + 4)}\" font-size=\"12\" text-anchor=\"end\">{E(categories[c])}</text>"
            );
            var x = (double)plotLeft;
            for (var s = 0; s < series.Count; s++)
            {
                var d = series[s].Data[c];
                var y = stacked ? y0 : y0 + (s * bar);
                var tip =
                    $"{d.Label}, {series[s].Name}: {Format(d, unit)}{(d.Note is null ? "" : " (" + d.Note + ")")}";
                if (d.Value is not { } value)
                {
                    if (!stacked)
                    {
                        Missing(
                            svg,
                            name,
                            series[s],
                            d,
                            plotLeft,
                            y,
                            plotWidth,
                            bar - 2,
                            tip,
                            vertical: false
                        );
                    }

                    continue;
                }

                var w = Math.Max(0, Math.Min(value, top) / top * plotWidth);
                var start = stacked ? x : plotLeft;
                var rect =
                    $"<rect class=\"point\" data-series=\"{E(series[s].Name)}\" data-label=\"{E(d.Label)}\" data-value=\"{Number(d.Value)}\" x=\"{N(start)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{bar - 2}\" fill=\"{series[s].Colour}\"><title>{E(tip)}</title></rect>";
                svg.Append(d.Href is null ? rect : $"<a href=\"{E(d.Href)}\">{rect}</a>");
                if (stacked)
                {
                    x += w;
                }
                else
                {
                    svg.Append(
                        $"<text x=\"{N(start + w + 4)}\" y=\"{N(y + bar - 4)}\" font-size=\"11\">{E(Format(d, unit))}</text>"
                    );
                }
            }
        }

        foreach (var r in references)
        {
            var x = X(r.Value);
            svg.Append(
                $"<line class=\"reference\" data-value=\"{Number(r.Value)}\" x1=\"{N(x)}\" x2=\"{N(x)}\" y1=\"{top0}\" y2=\"{top0 + plotHeight}\" stroke=\"{r.Colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>{E(r.Name + ": " + Format(r.Value, unit))}</title></line>"
            );
        }

        Legend(svg, LegendItems(series, references), Width);
        svg.Append("</svg>");
        return Close(svg, caption, Table(categories, series, unit, references));
    }

    /// <summary>
    /// A value that is not there: "not measured" drawn hatched across the whole bar's room and labelled, never as a
    /// bar of 0; a suppressed one labelled <c>c</c>.
    /// </summary>
    private static void Missing(
        StringBuilder svg,
        string chart,
        Series series,
        Datum d,
        double x,
        double y,
        double width,
        double height,
        string tip,
        bool vertical
    )
    {
        var text = Symbol(d.Symbol);
        var fill = d.Symbol is GssSymbol.Suppressed or GssSymbol.NotApplicable
            ? "none"
            : $"url(#{E(chart)}-hatch)";
        svg.Append(
            $"<g class=\"missing\" data-series=\"{E(series.Name)}\" data-label=\"{E(d.Label)}\" data-symbol=\"{E(text)}\"><title>{E(tip)}</title>"
        );
        if (d.Symbol is GssSymbol.Suppressed or GssSymbol.NotApplicable)
        {
            svg.Append(
                vertical
                    ? $"<text x=\"{N(x + (width / 2))}\" y=\"{N(y + height - 4)}\" font-size=\"12\" text-anchor=\"middle\">{E(text)}</text>"
                    : $"<text x=\"{N(x + 4)}\" y=\"{N(y + height - 2)}\" font-size=\"11\">{E(text)}</text>"
            );
        }
        else if (vertical)
        {
            var cx = x + (width / 2);
            var cy = y + (height / 2);
            svg.Append(
                $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill}\" stroke=\"#b1b4b6\"/>"
            );
            svg.Append(
                $"<text x=\"{N(cx)}\" y=\"{N(cy)}\" font-size=\"11\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-90 {N(cx)} {N(cy)})\">{E(text)}</text>"
            );
        }
        else
        {
            svg.Append(
                $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"96\" height=\"{N(height)}\" fill=\"{fill}\" stroke=\"#b1b4b6\"/>"
            );
            svg.Append(
                $"<text x=\"{N(x + 100)}\" y=\"{N(y + height - 2)}\" font-size=\"11\">{E(text)}</text>"
            );
        }

        svg.Append("</g>");
    }

    private static int LabelWidth(IEnumerable<string> labels) =>
        (int)Math.Ceiling(labels.Select(l => l.Length).DefaultIfEmpty(4).Max() * CharWidth) + 8;

    private static IEnumerable<(string Name, string Colour)> LegendItems(
        IReadOnlyList<Series> series,
        IReadOnlyList<Reference> references
    ) => series.Select(s => (s.Name, s.Colour)).Concat(references.Select(r => (r.Name, r.Colour)));

    private static void Open(
        StringBuilder svg,
        string name,
        string title,
        string caption,
        int width,
        int height
    )
    {
        svg.Append($"<figure class=\"chart\" data-chart=\"{E(name)}\">");
        svg.Append(
            $"<svg role=\"img\" aria-labelledby=\"{E(name)}-title {E(name)}-desc\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
        );
        svg.Append($"<title id=\"{E(name)}-title\">{E(title)}</title>");
        svg.Append($"<desc id=\"{E(name)}-desc\">{E(caption)}</desc>");
        svg.Append(
            $"<defs><pattern id=\"{E(name)}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3f2f1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"2\"/></pattern></defs>"
        );
    }

    private static string Close(
        StringBuilder svg,
        string caption,
        string table,
        bool open = false
    ) =>
        svg.Append($"<figcaption>{E(caption)}</figcaption>")
            .Append(open ? "<details open>" : "<details>")
            .Append("<summary>The figures as a table</summary>")
            .Append(table)
            .Append("</details></figure>")
            .ToString();

    private static void Axis(
        StringBuilder svg,
        double top,
        double step,
        string unit,
        int left = Left,
        int plotHeight = Height - Top - Bottom
    )
    {
        foreach (var value in TickValues(top, step))
        {
            var y = Top + plotHeight - (plotHeight * value / top);
            svg.Append(
                $"<line x1=\"{left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"#ddd\"/>"
            );
            svg.Append(
                $"<text class=\"tick\" data-axis=\"y\" data-value=\"{Number(value)}\" x=\"{left - 6}\" y=\"{N(y + 4)}\" font-size=\"11\" text-anchor=\"end\">{E(Tick(value, unit))}</text>"
            );
        }
    }

    /// <summary>The legend across the top, wrapping onto a second line rather than running off the chart.</summary>
    private static void Legend(
        StringBuilder svg,
        IEnumerable<(string Name, string Colour)> items,
        int width
    )
    {
        var x = 8.0;
        var y = 4.0;
        foreach (var (name, colour) in items)
        {
            var room = 24 + (name.Length * CharWidth);
            if (x + room > width - 8 && x > 8)
            {
                x = 8;
                y += 14;
            }

            svg.Append(
                $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{N(x + 14)}\" y=\"{N(y + 9)}\" font-size=\"11\">{E(name)}</text>"
            );
            x += room;
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
                    $"<td>{E(Format(d, unit))}{(d.Note is null ? "" : " (" + E(d.Note) + ")")}</td>"
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

    private static string N(double value) =>
        Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
