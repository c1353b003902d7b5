using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace KzData.Tests;

/// <summary>
/// An article's full text (<see cref="Source.Text"/>) is decoded on its first read, not when the dataset loads: the
/// largest part of the data at scale, and one most readers never ask for. Each test loads a fresh copy of KzData.dll,
/// so the first read really is the first one in that copy whatever other tests did.
/// </summary>
public sealed class DeferredTextTests
{
    [Fact]
    public void Loading_the_dataset_leaves_every_article_text_undecoded_until_it_is_read()
    {
        var (context, dataset) = LoadFresh();
        try
        {
            ((ICollection)dataset.GetProperty(nameof(Dataset.Facts))!.GetValue(null)!).Count.ShouldBeGreaterThan(0);
            var sources = SourcesOf(dataset);
            sources.ShouldNotBeEmpty();
            sources.ShouldAllBe(s => !IsDecoded(s));

            var text = TextOf(sources[0]);

            text.ShouldBe(Dataset.Sources[0].Text);
            IsDecoded(sources[0]).ShouldBeTrue();
            sources.Skip(1).ShouldAllBe(s => !IsDecoded(s));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async Task Concurrent_first_reads_of_a_text_get_one_and_the_same_complete_string()
    {
        var (context, dataset) = LoadFresh();
        try
        {
            var sources = SourcesOf(dataset);
            foreach (var (source, index) in sources.Select((s, i) => (s, i)))
            {
                using var start = new ManualResetEventSlim();
                var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
                {
                    start.Wait();
                    return TextOf(source);
                })).ToArray();
                start.Set();
                var texts = await Task.WhenAll(readers);

                texts.ShouldAllBe(t => ReferenceEquals(t, texts[0]));
                texts[0].ShouldBe(Dataset.Sources[index].Text);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>KzData.dll in a new collectible context: its own statics, so its own first access and first reads.</summary>
    private static (AssemblyLoadContext Context, Type Dataset) LoadFresh()
    {
        var context = new AssemblyLoadContext("fresh KzData", isCollectible: true);
        var assembly = context.LoadFromAssemblyPath(typeof(Dataset).Assembly.Location);
        assembly.ShouldNotBeSameAs(typeof(Dataset).Assembly);
        return (context, assembly.GetType(typeof(Dataset).FullName!, throwOnError: true)!);
    }

    /// <summary>The fresh copy's <see cref="Dataset.Sources"/>, as objects of its own <see cref="Source"/> type.</summary>
    private static List<object> SourcesOf(Type dataset) =>
        ((IEnumerable)dataset.GetProperty(nameof(Dataset.Sources))!.GetValue(null)!).Cast<object>().ToList();

    /// <summary><see cref="Source.Text"/> of a source of the fresh copy.</summary>
    private static string TextOf(object source) => (string)source.GetType().GetProperty(nameof(Source.Text))!.GetValue(source)!;

    /// <summary>Whether the source's deferred text has been decoded (its private <see cref="Lazy{T}"/>).</summary>
    private static bool IsDecoded(object source)
    {
        var field = source.GetType().GetField("text", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Source no longer keeps its text in a private field named 'text'");
        return ((Lazy<string>)field.GetValue(source)!).IsValueCreated;
    }
}
