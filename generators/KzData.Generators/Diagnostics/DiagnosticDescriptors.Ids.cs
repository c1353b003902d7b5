using Microsoft.CodeAnalysis;

namespace KzData.Generators.Diagnostics
{
    // Stable ids (issue 13): released fact ids and the forwarding entries of retired ones, KZ2020-2029.
    internal static partial class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor RetiredIdIsFact = Error("KZ2020", "Retired id is still a fact",
            "'{0}' is listed under retired but is still a fact (line {1}); remove the retired entry, or remove the fact if it is meant to be retired",
            "A retired id forwards to another fact or explains why it was removed; an id that is still a fact must answer as that fact.");

        public static readonly DiagnosticDescriptor ReplacementRetired = Error("KZ2021", "Replacement is retired",
            "retired '{0}' is replaced by '{1}', which is itself retired{2}",
            "Forwarding is one hop: a retired id points straight at a fact, so a renamed member and a redirect never lead to another retired id. Chains are refused rather than resolved, so the file says where each id goes.");

        public static readonly DiagnosticDescriptor ReleasedIdDropped = Error("KZ2022", "Released id dropped",
            "released fact id '{0}' (released-ids.txt) is neither a fact nor retired{1}; ids are public API: add a forwarding entry under retired: (- id: {0}, replaced-by: <fact id> if another fact states its claim, reason: <why>)",
            "Every id in released-ids.txt was published (a C# member, a URL); deleting or renaming its fact would break users silently. A retired entry keeps the id answering: renamed or merged ids forward to their fact, removed ones say why.");
    }
}
