using KzData;

// A compile-checked reference: renaming or removing this fact breaks the build.
var abstention = Facts.UnGeneralAssemblyAbstention;
Console.WriteLine($"fact: {abstention.Id}");
Console.WriteLine($"statement: {abstention.Statement}");
Console.WriteLine($"sources: {abstention.Evidence.Count}");
var first = abstention.Evidence[0];
Console.WriteLine($"passage-matches-offsets: {first.Source.Text.Substring(first.Start, first.Length) == first.Passage}");

// LINQ over typed records.
var migrationFigures = Dataset.Facts
    .Where(f => f.Topic == Topic.Migration && f.Quantity is not null)
    .OrderBy(f => f.Date)
    .Select(f => $"{f.Date} {f.Quantity!.Value} {f.Quantity.Unit} ({f.Quantity.Bound})")
    .ToList();
Console.WriteLine($"migration-figures: {migrationFigures.Count}");
foreach (var figure in migrationFigures)
{
    Console.WriteLine($"  {figure}");
}

var disputed = Dataset.Facts.Count(f => f.ConflictsWith.Count > 0);
Console.WriteLine($"disputed: {disputed}");
Console.WriteLine($"tokayev-statements: {Dataset.Facts.Count(f => f.AttributedTo == Entities.KassymJomartTokayev)}");
Console.WriteLine($"csto-members: {string.Join(", ", Dataset.Entities.Where(e => e.MemberOf.Contains(Entities.Csto)).Select(e => e.Name))}");
Console.WriteLine($"lookup: {Dataset.TryGetFact("un-general-assembly-abstention", out _)}");
Console.WriteLine($"totals: {Dataset.Facts.Count} facts, {Dataset.Entities.Count} entities, {Dataset.Sources.Count} sources, version {Dataset.Version}");
