using System.Globalization;
using System.Text;

namespace KzData.Cli.Quotes;

/// <summary>Writes a passage as an <c>evidence:</c> item, indented as a fact's keys are in facts.yaml.</summary>
internal static class EvidenceBlock
{
    public static string Write(Passage passage, int rank, int of)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"# {rank} of {of}: {Coverage.CoverageReport.Percent(passage.Score)} match, {passage.Source.File} line {passage.Line}\n");
        builder.Append("    evidence:\n");
        builder.Append(CultureInfo.InvariantCulture, $"      - source: {passage.Source.Id}\n");
        builder.Append(CultureInfo.InvariantCulture, $"        quote: {DoubleQuoted(passage.Quote)}  # line {passage.Line}\n");
        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslashes and straight double quotes escaped, the rest verbatim.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
