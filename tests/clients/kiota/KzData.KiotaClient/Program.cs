// Calls a running KzData API through the client that Kiota generates from the committed openapi.json, and checks
// what a client developer relies on: filters, paging, single resources, evidence offsets into the source text, and
// typed problems (400 with its errors, 404 with its suggestion). Prints one line per check; exits 0 only if all pass.
//
// Usage: KzData.KiotaClient <base-url>     e.g. http://127.0.0.1:5000
using System.Text.RegularExpressions;
using KzData.Client;
using KzData.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

if (args.Length != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUri))
{
    Console.Error.WriteLine("usage: KzData.KiotaClient <base-url>");
    return 2;
}

var baseUrl = baseUri.GetLeftPart(UriPartial.Authority);
using var http = KiotaClientFactory.Create();
http.Timeout = TimeSpan.FromSeconds(30);
// The document's only server is "/" (the host that serves it), which Kiota cannot use: the base URL is set here.
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl };
var client = new KzDataClient(adapter);
var v1 = client.Api.V1;

var checks = 0;
var failures = new List<string>();
void Check(bool ok, string what)
{
    checks++;
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

try
{
    Console.WriteLine($"KzData API at {baseUrl}, through the Kiota client");

    // 1. A filter: topic=migration (a typed enum parameter).
    var migration = await v1.Facts.GetAsync(r =>
    {
        r.QueryParameters.Topic = [Topic.Migration];
        r.QueryParameters.PageSize = 200;
    }) ?? throw new InvalidOperationException("GET /api/v1/facts?topic=migration: no body");
    var migrationItems = migration.Items ?? [];
    Check(migration.Total > 0, $"topic=migration: total {migration.Total} > 0");
    Check(migrationItems.Count == Math.Min(migration.Total ?? 0, 200), $"topic=migration: {migrationItems.Count} items on the first page of {migration.Total}");
    Check(migrationItems.All(f => f.Topic == Topic.Migration), "topic=migration: every fact's topic is migration");

    // 2. Paging: every page of all facts, pageSize 25; the items add up to total, each id once, and match the dataset's count.
    const int pageSize = 25;
    var ids = new List<string>();
    int? total = null;
    var pages = 0;
    for (var page = 1; ; page++)
    {
        var current = await v1.Facts.GetAsync(r =>
        {
            r.QueryParameters.Page = page;
            r.QueryParameters.PageSize = pageSize;
        }) ?? throw new InvalidOperationException($"GET /api/v1/facts?page={page}: no body");
        pages++;
        total ??= current.Total;
        var items = current.Items ?? [];
        ids.AddRange(items.Select(f => f.Id ?? "<no id>"));
        if (items.Count < pageSize || ids.Count >= (total ?? 0) || pages > 1000)
        {
            break;
        }
    }

    Check(total > 0, $"all facts: total {total}");
    Check(ids.Count == total, $"all facts: {pages} pages of {pageSize} hold {ids.Count} facts, total says {total}");
    Check(ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, "all facts: no fact on two pages");
    Check(pages == Math.Max(1, (int)Math.Ceiling((total ?? 0) / (double)pageSize)), $"all facts: {pages} pages = ceil({total} / {pageSize})");
    var dataset = await v1.Dataset.GetAsync() ?? throw new InvalidOperationException("GET /api/v1/dataset: no body");
    Check(dataset.Counts?.Facts == total, $"dataset: counts.facts {dataset.Counts?.Facts} = total {total}");
    Check(migrationItems.All(f => ids.Contains(f.Id!)), "topic=migration: each fact is among all facts");

    // 3. One fact, the first of the migration list, with its evidence.
    var listed = migrationItems.FirstOrDefault(f => f.Evidence is { Count: > 0 } && f.Entities is { Count: > 0 })
        ?? throw new InvalidOperationException("no migration fact with evidence and entities");
    var fact = await v1.Facts[listed.Id!].GetAsync() ?? throw new InvalidOperationException($"GET /api/v1/facts/{listed.Id}: no body");
    Check(fact.Id == listed.Id && fact.Statement == listed.Statement && fact.Topic == Topic.Migration, $"fact {fact.Id}: same id, statement and topic as in the list");
    Check(fact.Kind is not null && !string.IsNullOrEmpty(fact.Statement), $"fact {fact.Id}: kind {fact.Kind}, statement \"{Shorten(fact.Statement)}\"");

    // 4. One entity: the fact's first.
    var reference = fact.Entities![0];
    var entity = await v1.Entities[reference.Id!].GetAsync() ?? throw new InvalidOperationException($"GET /api/v1/entities/{reference.Id}: no body");
    Check(entity.Id == reference.Id && entity.Name == reference.Name, $"entity {entity.Id}: \"{entity.Name}\" ({entity.Kind}), as the fact names it");
    Check(entity.FactCount > 0, $"entity {entity.Id}: factCount {entity.FactCount} > 0");

    // 5. Each evidence: the source, its text, and the passage at [start, start + length) against the quote.
    foreach (var evidence in fact.Evidence!)
    {
        var source = await v1.Sources[evidence.SourceId!].GetAsync() ?? throw new InvalidOperationException($"GET /api/v1/sources/{evidence.SourceId}: no body");
        var text = await v1.Sources[evidence.SourceId!].Text.GetAsync() ?? throw new InvalidOperationException($"GET /api/v1/sources/{evidence.SourceId}/text: no body");
        Check(source.Title == evidence.SourceTitle, $"source {source.Id}: title \"{Shorten(source.Title)}\" as the evidence names it");
        Check(text.Length == source.Length, $"source {source.Id}: text of {text.Length} characters, length says {source.Length}");

        int start = evidence.Start ?? -1, length = evidence.Length ?? -1;
        var inRange = start >= 0 && length > 0 && start + length <= text.Length;
        Check(inRange, $"evidence in {source.Id}: [{start}, {start + length}) lies within the text");
        if (!inRange)
        {
            continue;
        }

        var passage = text.Substring(start, length);
        // The quote may mark elisions with '...' and straighten typographic quotes and dashes: its pieces, in order.
        var pieces = Normalize(evidence.Quote ?? "").Split("...").Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        var normalized = Normalize(passage);
        var position = 0;
        var inOrder = pieces.Length > 0 && normalized.StartsWith(pieces[0], StringComparison.Ordinal);
        foreach (var piece in pieces)
        {
            var found = normalized.IndexOf(piece, position, StringComparison.Ordinal);
            inOrder &= found >= 0;
            position = Math.Max(position, found + piece.Length);
        }

        Check(inOrder, $"evidence in {source.Id}: text.Substring({start}, {length}) = \"{Shorten(passage)}\" holds the quote \"{Shorten(evidence.Quote)}\"");
        var line = text[..start].Count(c => c == '\n') + 1;
        Check(line == evidence.Line, $"evidence in {source.Id}: starts on line {line}, line says {evidence.Line}");
    }

    // 6. A typed 400: an unknown topic. The typed parameter only takes known topics, so the URL is written out.
    try
    {
        await v1.Facts.WithUrl($"{baseUrl}/api/v1/facts?topic=migrasion").GetAsync();
        Check(false, "topic=migrasion: a ValidationProblemDetails exception");
    }
    catch (ValidationProblemDetails problem)
    {
        var messages = problem.Errors?.AdditionalData.TryGetValue("topic", out var topic) == true ? Strings(topic).ToList() : [];
        Check(problem.ResponseStatusCode == 400 && problem.Status == 400, $"topic=migrasion: ValidationProblemDetails, status {problem.ResponseStatusCode}/{problem.Status}, title \"{problem.Title}\"");
        Check(messages.Any(m => m.Contains("did you mean 'migration'?", StringComparison.Ordinal)), $"topic=migrasion: errors.topic = [{string.Join(" | ", messages)}]");
        Check(!string.IsNullOrEmpty(problem.TraceId) && problem.Message == problem.Detail, $"topic=migrasion: traceId {problem.TraceId}, message is the detail");
    }

    // And a typed parameter the API refuses: pageSize 0 (out of 1..200).
    try
    {
        await v1.Facts.GetAsync(r => r.QueryParameters.PageSize = 0);
        Check(false, "pageSize=0: a ValidationProblemDetails exception");
    }
    catch (ValidationProblemDetails problem)
    {
        var messages = problem.Errors?.AdditionalData.TryGetValue("pageSize", out var size) == true ? Strings(size).ToList() : [];
        Check(problem.ResponseStatusCode == 400 && messages.Any(m => m.Contains("from 1 to 200", StringComparison.Ordinal)), $"pageSize=0: status {problem.ResponseStatusCode}, errors.pageSize = [{string.Join(" | ", messages)}]");
    }

    // 7. A typed 404: the fact's id less its last letter; the suggestion is the fact's id.
    var typo = fact.Id![..^1];
    try
    {
        await v1.Facts[typo].GetAsync();
        Check(false, $"fact {typo}: an UnknownIdProblemDetails exception");
    }
    catch (UnknownIdProblemDetails problem)
    {
        Check(problem.ResponseStatusCode == 404 && problem.Status == 404 && problem.Id == typo, $"fact {typo}: UnknownIdProblemDetails, status {problem.ResponseStatusCode}, id {problem.Id}");
        Check(problem.Suggestion == fact.Id, $"fact {typo}: suggestion {problem.Suggestion}");
    }

    // The same for an entity, through a different generated builder.
    var entityTypo = entity.Id![..^1];
    try
    {
        await v1.Entities[entityTypo].GetAsync();
        Check(false, $"entity {entityTypo}: an UnknownIdProblemDetails exception");
    }
    catch (UnknownIdProblemDetails problem)
    {
        Check(problem.ResponseStatusCode == 404 && problem.Suggestion == entity.Id, $"entity {entityTypo}: status {problem.ResponseStatusCode}, suggestion {problem.Suggestion}");
    }
}
catch (Exception e) when (e is ApiException or HttpRequestException or InvalidOperationException or TaskCanceledException)
{
    var status = e is ApiException api ? $" (HTTP {api.ResponseStatusCode}, {api.GetType().Name})" : "";
    Console.WriteLine($"FAIL unexpected {e.GetType().Name}{status}: {e.Message}");
    Console.Error.WriteLine(e);
    failures.Add(e.Message);
}

Console.WriteLine($"kiota client: {checks} checks, {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;

static string Normalize(string text) =>
    Regex.Replace(
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2014', '-').Replace('\u2013', '-'),
        @"\s+",
        " ");

static string Shorten(string? text) => text is null ? "<null>" : text.Length <= 60 ? text : text[..57] + "...";

// The values of an additional-data entry (errors is a map of string arrays, which Kiota keeps untyped).
static IEnumerable<string> Strings(object? value) => value switch
{
    string s => [s],
    UntypedString s => s.GetValue() is { } v ? [v] : [],
    UntypedArray a => a.GetValue().SelectMany(n => Strings(n)),
    IEnumerable<object> list => list.SelectMany(Strings),
    _ => [value?.ToString() ?? ""],
};
