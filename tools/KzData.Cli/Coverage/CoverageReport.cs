using KzData.Common;
using System.Globalization;
using System.Text;
using KzData.Cli.Engine;
using KzData.Cli.Quotes;

namespace KzData.Cli.Coverage;

/// <summary>How much of one article the facts cite: its sentences, and which no quote touches.</summary>
internal sealed record ArticleCoverage(SourceInfo Source, int Sentences, IReadOnlyList<UncitedSentence> Uncited)
{
    public int Cited => Sentences - Uncited.Count;

    public double Share => Sentences == 0 ? 1 : (double)Cited / Sentences;
}

/// <summary>A sentence no quote overlaps, with its 1-based line.</summary>
internal sealed record UncitedSentence(int Line, string Text);

/// <summary>For each article, the share of its sentences that some fact's quote cites, and the rest.</summary>
internal static class CoverageReport
{
    public static IReadOnlyList<ArticleCoverage> Compute(CheckOutcome outcome, string? sourceId = null)
    {
        var result = new List<ArticleCoverage>();
        for (var index = 0; index < outcome.Sources.Count; index++)
        {
            var source = outcome.Sources[index];
            if (sourceId is not null && source.Id != sourceId)
            {
                continue;
            }

            var spans = outcome.Facts
                .SelectMany(f => f.Evidence)
                .Where(e => e.Source == index && e.Length > 0)
                .Select(e => (e.Start, End: e.Start + e.Length))
                .ToList();
            var sentences = Sentences.Split(source.Text);
            var uncited = sentences
                .Where(s => !spans.Any(q => q.Start < s.End && s.Start < q.End))
                .Select(s => new UncitedSentence(s.Line, source.Text[s.Start..s.End]))
                .ToList();
            result.Add(new ArticleCoverage(source, sentences.Count, uncited));
        }

        return result;
    }

    public static string Text(IReadOnlyList<ArticleCoverage> articles, bool listUncited = true)
    {
        var builder = new StringBuilder();
        foreach (var article in articles)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{article.Source.Id} ({article.Source.File}): {article.Cited} of {article.Sentences} sentences cited ({Percent(article.Share)})\n");
            if (!listUncited)
            {
                continue;
            }

            foreach (var sentence in article.Uncited)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  line {sentence.Line}: {sentence.Text}\n");
            }
        }

        if (articles.Count > 1)
        {
            var total = articles.Sum(a => a.Sentences);
            var cited = articles.Sum(a => a.Cited);
            builder.Append(CultureInfo.InvariantCulture, $"all articles: {cited} of {total} sentences cited ({Percent(total == 0 ? 1 : (double)cited / total)})\n");
        }

        return builder.ToString();
    }

    /// <summary>A share as a whole percentage: "79%".</summary>
    public static string Percent(double share) => ((int)Math.Round(share * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";
}
