using Microsoft.CodeAnalysis;

namespace KzData.Generators.Diagnostics
{
    // Whose claim a fact is (issue 12): KZ2010-2019, KZ3010-3019, KZ4010-4019.
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor StatementWithoutSpeaker = Error("KZ2010", "Statement without a speaker",
            "fact '{0}' is a statement but names nobody who said it; add attributed-to: <entity id>, or make it an event or an assessment",
            "A statement is something someone said; attributed-to names the speaker, so readers see whose words they are.");

        public static readonly DiagnosticDescriptor AssessmentWithoutClaimant = Error("KZ2011", "Assessment nobody claims",
            "fact '{0}' is an assessment that nobody claims: {1}; add attributed-to: <entity id> for whose view it is",
            "An assessment (an interpretation, motive, forecast or opinion) is claimed by its attributed-to or, by default, by the author of its first source. Without either, an opinion would read as plain fact.");

        public static readonly DiagnosticDescriptor PublisherNotMedia = Error("KZ2012", "Publisher is not media",
            "publisher '{0}' is of kind '{1}'; a publisher is a media entity (kind: media)",
            "A source's publisher is the outlet that published it.");

        public static readonly DiagnosticDescriptor AuthorNotPerson = Error("KZ2013", "Author is not a person",
            "author '{0}' is of kind '{1}'; an author is a person (leave author out when the article names none, and name the outlet as publisher)",
            "A source's author is the person who wrote it; an outlet goes in publisher.");

        public static readonly DiagnosticDescriptor HedgeDropped = Warning("KZ3010", "Hedge dropped",
            "fact '{0}' is an event, but its quote hedges ({1}) and its statement does not; keep the hedge in the statement, make the fact a statement or an assessment, or add hedge-waiver: <reason>",
            "When the article hedges (may, might, reportedly, according to, ...), an event stated flatly claims more than the article does.");

        public static readonly DiagnosticDescriptor NeedlessHedgeWaiver = Warning("KZ3011", "Needless hedge-waiver",
            "fact '{0}' has a hedge-waiver, but {1}; remove the waiver",
            "A waiver answers a hedge warning; one that answers nothing hides the next real warning.");
    }
}
