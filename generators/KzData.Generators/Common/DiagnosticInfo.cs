using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KzData.Generators.Common
{
    /// <summary>
    /// A diagnostic as plain values (descriptor id, location, message arguments), so it can
    /// flow through the incremental pipeline and be compared for caching.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params object?[] arguments) =>
            new(descriptor.Id, location, arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

        public DiagnosticDescriptor Descriptor => Diagnostics.DiagnosticDescriptors.Get(Id);

        public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Cast<object>().ToArray());

        /// <summary>The message as the build prints it (the benchmarks use it to say why a synthetic dataset is not clean).</summary>
        public string GetMessage() => ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}
