using Microsoft.CodeAnalysis;

namespace KzData.Generators.Diagnostics
{
    // What the generator refuses (issue 14): inputs that used to build green or blow up the build. KZ1020-KZ1029.
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor EmptySection = Error("KZ1020", "Section missing or empty",
            "{0} is {1}; the dataset needs {2}",
            "facts.yaml must declare at least one source, one entity and one fact: an empty, comment-only or null file, or a missing or empty section, would otherwise build an empty dataset without a word.");

        public static readonly DiagnosticDescriptor AliasRefused = Error("KZ1021", "YAML alias",
            "the YAML alias '*{0}' is refused; facts.yaml does not use anchors and aliases: write the value out",
            "Aliases let a few lines stand for an exponential amount of data (the 'billion laughs'), and a diagnostic on an aliased value points at the anchor, not at the use. The fact file has no need for them.");

        public static readonly DiagnosticDescriptor TagRefused = Error("KZ1022", "YAML tag",
            "the YAML tag '{0}' is refused; facts.yaml reads every value as text: remove the tag",
            "The generator ignores YAML tags (!!str, !!int, !custom), so a tag could only mislead the reader about how a value is read.");

        public static readonly DiagnosticDescriptor ValueTooLong = Error("KZ1023", "Value too long",
            "this value has {0} characters; a value holds at most {1} (a statement, note or quote is a sentence or a paragraph, not an article)",
            "A value is limited in length so that a pasted article or a runaway edit fails with one clear error instead of hundreds of compiler errors in the generated code.");

        public static readonly DiagnosticDescriptor TooMuchText = Error("KZ1024", "Too much text",
            "the dataset's text passes {0} characters here; the library embeds at most {1} characters (the values of facts.yaml and the cited seed articles)",
            "Every value and every cited article is compiled into the library as data; the limit bounds what a build holds in memory. When it is passed, no data is emitted.");

        public static readonly DiagnosticDescriptor ReplacementCharacter = Error("KZ1025", "Invalid UTF-8",
            "{0} holds the replacement character U+FFFD here: the file is not valid UTF-8 (or a broken conversion left the character in); save it as UTF-8 and restore the original character",
            "Bytes that are not valid UTF-8 are decoded as U+FFFD, which would ship in the dataset in place of the original text.");

        public static readonly DiagnosticDescriptor BidiControl = Error("KZ1026", "Bidirectional control character",
            "{0} holds the invisible bidirectional control character {1} here; remove it",
            "Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder how text is displayed, so what a reviewer reads can differ from what ships ('Trojan Source'). facts.yaml also refuses the marks U+200E, U+200F and U+061C.");

        public static readonly DiagnosticDescriptor EmptySeed = Error("KZ1027", "Seed file empty",
            "seed file '{0}' is empty; save the article's text in it",
            "An empty seed cannot bear out any quote; one error says so instead of a 'quote not found' for every quote that cites it.");

        public static readonly DiagnosticDescriptor SeedRefused = Error("KZ1028", "Seed file refused",
            "seed file '{0}' is refused: {1}",
            "A seed must be a regular file inside the seeds folder: a symbolic link (or a linked seeds folder) could compile any file of the machine into the library. A refused seed's text is never read.");

        public static readonly DiagnosticDescriptor TooManyDiagnostics = Warning("KZ1029", "Too many diagnostics",
            "{0} more {1} diagnostics are not shown ({2} in all); fix the ones above and build again",
            "After 100 diagnostics of one id, the rest are summed up in one, so a mass error stays readable and the build stays fast.");
    }
}
