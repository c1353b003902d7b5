namespace KzData.Generators
{
    /// <summary>Names of the incremental steps, used by tests to assert what is cached.</summary>
    internal static class TrackingNames
    {
        public const string FactFile = nameof(FactFile);
        public const string SeedFiles = nameof(SeedFiles);
        public const string ReleasedIds = nameof(ReleasedIds);
        public const string Parse = nameof(Parse);
        public const string Validate = nameof(Validate);
        public const string Model = nameof(Model);
        public const string Diagnostics = nameof(Diagnostics);
    }
}
