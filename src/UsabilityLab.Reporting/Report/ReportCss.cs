namespace UsabilityLab.Reporting.Report;

/// <summary>The report's stylesheet, inlined into the HTML so the file is self-contained (the dashboard serves it as a file). Print rules target A4.</summary>
public static class ReportCss
{
    public const string Text = """
        @page { size: A4; margin: 20mm 16mm 18mm 16mm; }
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --accent: #1d4ed8; --soft: #f3f5f8;
                --good: #16a34a; --warn: #f59e0b; --bad: #dc2626; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); font-size: 10pt;
               line-height: 1.45; margin: 0 auto; max-width: 190mm; background: #fff; overflow-wrap: break-word; }
        h1, h2, h3 { line-height: 1.2; break-after: avoid; }
        h2 { font-size: 17pt; margin: 0 0 10pt; padding-bottom: 5pt; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 12pt; margin: 16pt 0 6pt; color: #243b53; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; background: var(--soft); padding: 0 3px;
               border-radius: 3px; word-break: break-all; }
        .page { break-before: page; padding-top: 2pt; }
        .muted, .caption, .note { color: var(--muted); }
        .caption { font-size: 8.5pt; margin: 4pt 0 10pt; }
        .note { font-size: 8.5pt; }
        table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; font-size: 9pt; }
        th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1.5px solid var(--ink); padding: 4pt 6pt; }
        td { border-bottom: 1px solid var(--line); padding: 4pt 6pt; vertical-align: top; overflow-wrap: anywhere; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        figure, .chart-figure, .heatmap-img, .signal, .kpis, svg { break-inside: avoid; page-break-inside: avoid; }
        .chart-figure { margin: 8pt 0 12pt; }
        .chart-figure figcaption { font-weight: 600; font-size: 10pt; margin-bottom: 2pt; }
        svg.chart { width: 100%; height: auto; display: block; }
        .light { display: inline-block; width: 11pt; height: 11pt; border-radius: 50%; vertical-align: -1pt; }
        .light.green { background: var(--good); } .light.amber { background: var(--warn); } .light.red { background: var(--bad); }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .summary td.task-title { font-weight: 600; }
        .summary td.verdict { font-size: 8.5pt; color: var(--muted); }
        .findings li { margin: 0 0 5pt; font-size: 10.5pt; }
        .findings.model-output li { font-size: 9.5pt; color: #3e4c59; }
        h4 { font-size: 10.5pt; margin: 12pt 0 2pt; color: #243b53; }
        .warning { border-left: 4px solid var(--warn); background: #fffbeb; padding: 6pt 10pt; }
        img, svg { max-width: 100%; }
        .kpis { display: flex; gap: 10pt; margin: 12pt 0; }
        .kpi { flex: 1; background: var(--soft); border-radius: 6pt; padding: 8pt 10pt; }
        .kpi-value { font-size: 22pt; font-weight: 700; color: var(--accent); }
        .kpi-label { font-size: 8.5pt; color: var(--muted); }
        .cover { min-height: 245mm; display: flex; flex-direction: column; justify-content: center; padding: 0 6mm; }
        .cover-band { text-transform: uppercase; letter-spacing: 2pt; color: var(--accent); font-weight: 700; font-size: 11pt; }
        .cover h1 { font-size: 34pt; margin: 8pt 0 4pt; }
        .cover-target { color: var(--muted); font-size: 12pt; margin: 0 0 24pt; overflow-wrap: anywhere; }
        .cover-facts { display: grid; grid-template-columns: 56mm 1fr; gap: 5pt 10pt; font-size: 12pt; margin: 0 0 30pt;
                       border-top: 1px solid var(--line); padding-top: 14pt; }
        .cover-facts dt { color: var(--muted); } .cover-facts dd { margin: 0; font-weight: 600; }
        .cover-note { font-size: 9pt; color: var(--muted); }
        .prompt { margin: 0 0 10pt; padding: 6pt 10pt; border-left: 4px solid var(--accent); background: var(--soft); font-style: italic; }
        /* A darker green than the lights: text needs 4.5:1 against white (WCAG AA), the lights only to be seen. */
        .gates td.pass { color: #15803d; font-weight: 600; } .gates td.fail { color: var(--bad); font-weight: 600; }
        .paths td.path { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
        .observations td { vertical-align: top; }
        .observations .note-meta { white-space: nowrap; font-size: 8.5pt; color: #4b5563; }
        .observations img.frame { width: 56mm; border: 1px solid #d1d5db; border-radius: 2px; }
        .tag { display: inline-block; padding: 0 4px; border-radius: 3px; background: #e5e7eb; font-size: 8pt; }
        .tag-issue { background: #fee2e2; } .tag-positive { background: #dcfce7; } .tag-idea { background: #e0e7ff; } .tag-quote { background: #fef3c7; }
        .overrides li, .issues-by-severity li { margin: 2px 0; }
        .heatmap-img { width: 100%; height: auto; display: block; border: 1px solid var(--line); margin: 4pt 0 8pt; }
        .elements td.text { font-size: 8.5pt; }
        .signals { display: flex; flex-direction: column; gap: 8pt; }
        .signal { display: flex; gap: 10pt; align-items: flex-start; border: 1px solid var(--line); border-radius: 6pt; padding: 7pt; font-size: 9pt; }
        .signal-text { flex: 1; min-width: 0; }
        .signal-crop { width: 62mm; height: auto; border-radius: 4pt; border: 1px solid var(--line); }
        .signal-kind { font-weight: 700; margin-bottom: 2pt; }
        .signal-kind.rageclick, .signal-kind.errorclick { color: var(--bad); }
        .signal-kind.deadclick { color: #374151; }
        .methodology { font-size: 9pt; }
        .methodology h2 + .caption { margin-top: 0; }
        .methodology h2:not(:first-child) { font-size: 12.5pt; border: 0; margin-top: 16pt; padding: 0; }
        .methodology h3 { font-size: 11pt; }
        .methodology pre { background: var(--soft); padding: 6pt 8pt; border-radius: 4pt; font-size: 8.5pt; white-space: pre-wrap; break-inside: avoid; }
        .methodology pre code { background: none; padding: 0; }
        @media screen { body { padding: 24px; } .page { margin-top: 48px; border-top: 1px dashed var(--line); padding-top: 24px; } }
        """;
}
