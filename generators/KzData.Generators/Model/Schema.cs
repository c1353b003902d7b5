namespace KzData.Generators.Model
{
    /// <summary>The fact file's vocabulary: keys and enum values, shared by validation, emission and tests.</summary>
    internal static class Schema
    {
        public static readonly string[] Sections = { "sources", "entities", "facts" };

        public static readonly string[] SourceKeys = { "id", "file", "title", "text-quality", "note" };
        public static readonly string[] SourceRequired = { "id", "file", "title", "text-quality" };

        public static readonly string[] EntityKeys = { "id", "kind", "name", "description", "aliases", "member-of" };
        public static readonly string[] EntityRequired = { "id", "kind", "name", "description" };

        public static readonly string[] FactKeys =
        {
            "id", "statement", "topic", "date", "until", "entities", "attributed-to", "quantity", "conflicts-with", "note", "evidence",
        };

        public static readonly string[] FactRequired = { "id", "statement", "topic", "entities", "evidence" };

        public static readonly string[] EvidenceKeys = { "source", "quote" };
        public static readonly string[] QuantityKeys = { "value", "unit", "bound" };
        public static readonly string[] QuantityRequired = { "value", "unit" };

        public static readonly string[] TextQualities = { "original", "machine-translated", "paraphrased" };
        public static readonly string[] EntityKinds = { "country", "organization", "person", "place", "company", "media" };

        public static readonly string[] Topics =
        {
            "diplomacy", "security", "economy", "energy", "migration", "humanitarian", "domestic-politics", "information", "demographics",
        };

        public static readonly string[] Bounds = { "exact", "about", "at-least", "at-most" };

        public const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
        public const string DatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    }
}
