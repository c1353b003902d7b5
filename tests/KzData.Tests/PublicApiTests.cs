using System.Reflection;
using KzData.Common;

namespace KzData.Tests;

/// <summary>
/// The package's public surface, compared with a committed listing: a breaking change shows up as a
/// diff to review. The generated per-id members of Facts, Entities and Sources follow the data and
/// are left out.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string ApprovedPath = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "PublicApi.approved.txt"));

    [Fact]
    public void The_public_api_matches_the_approved_listing()
    {
        var listing = Describe(typeof(Dataset).Assembly);
        if (Environment.GetEnvironmentVariable("KZDATA_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(ApprovedPath, listing);
        }

        listing.ShouldBe(File.ReadAllText(ApprovedPath), "the public API changed; if intended, run the tests with KZDATA_UPDATE_BASELINES=1 and review PublicApi.approved.txt");
    }

    /// <summary>
    /// The per-id members left out of the listing keep their shape whatever the generator stores the data as: one public
    /// static get-only property per item, named after its id, returning that item (retired facts that forward add theirs).
    /// </summary>
    [Fact]
    public void Every_item_has_its_named_member_returning_it()
    {
        Check(typeof(Facts), Dataset.Facts, f => f.Id, Dataset.Retired.Where(r => r.ReplacedBy is not null).Select(r => r.Id));
        Check(typeof(Entities), Dataset.Entities, e => e.Id, []);
        Check(typeof(Sources), Dataset.Sources, s => s.Id, []);

        static void Check<T>(Type members, IReadOnlyList<T> items, Func<T, string> id, IEnumerable<string> forwards)
        {
            var properties = members.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .ToList();
            properties.ShouldAllBe(m => m is PropertyInfo && ((PropertyInfo)m).PropertyType == typeof(T) && ((PropertyInfo)m).SetMethod == null);
            properties.Select(m => m.Name).Order(StringComparer.Ordinal)
                .ShouldBe(items.Select(id).Concat(forwards).Select(Names.ToPascalCase).Order(StringComparer.Ordinal));
            foreach (var item in items)
            {
                members.GetProperty(Names.ToPascalCase(id(item)))!.GetValue(null).ShouldBeSameAs(item);
            }
        }
    }

    [Fact]
    public void Every_public_member_has_xml_docs()
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(Dataset).Assembly.Location, ".xml"));
        var documented = xml.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet();

        foreach (var type in typeof(Dataset).Assembly.GetExportedTypes())
        {
            documented.ShouldContain("T:" + type.FullName, type.FullName);
        }
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}{Bases(type)}");
            if (type.Name is "Facts" or "Entities" or "Sources")
            {
                continue;
            }

            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !m.Name.StartsWith('<'))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "  " + m));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) => type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Bases(Type type)
    {
        var bases = type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal).ToList();
        return bases.Count == 0 || type.IsEnum ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        _ => $"{member.MemberType} {member.Name}",
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
