namespace KzData;

/// <summary>A closed list of terms, such as the topics; the library declares each as an enum.</summary>
/// <param name="Name">The vocabulary's kebab-case name, e.g. <c>entity-kind</c>.</param>
/// <param name="EnumType">The enum that holds its terms, e.g. <see cref="EntityKind"/>.</param>
/// <param name="Description">What the vocabulary classifies.</param>
/// <param name="Terms">Its terms, in enum order.</param>
public sealed record Vocabulary(string Name, Type EnumType, string Description, IReadOnlyList<VocabularyTerm> Terms);

/// <summary>One term of a vocabulary.</summary>
/// <param name="Value">The enum member.</param>
/// <param name="Name">Its kebab-case spelling in YAML and JSON, e.g. <c>domestic-politics</c>.</param>
/// <param name="Description">What it means.</param>
public sealed record VocabularyTerm(Enum Value, string Name, string Description);

/// <summary>The dataset's closed vocabularies (generated from the one definition the build checks against).</summary>
public static partial class Vocabularies
{
    /// <summary>The vocabulary whose terms are <typeparamref name="TEnum"/>'s members.</summary>
    /// <typeparam name="TEnum">A vocabulary enum such as <see cref="Topic"/>.</typeparam>
    /// <returns>The vocabulary.</returns>
    public static Vocabulary For<TEnum>()
        where TEnum : struct, Enum => All.First(v => v.EnumType == typeof(TEnum));

    /// <summary>The kebab-case wire name of a term, e.g. <c>domestic-politics</c> for <see cref="Topic.DomesticPolitics"/>.</summary>
    /// <typeparam name="TEnum">A vocabulary enum.</typeparam>
    /// <param name="value">The term.</param>
    /// <returns>Its name in YAML and JSON.</returns>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => For<TEnum>().Terms.First(t => t.Value.Equals(value)).Name;
}
