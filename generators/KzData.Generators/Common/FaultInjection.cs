using System;
using System.Threading;

namespace KzData.Generators.Common
{
    /// <summary>
    /// Lets a test make the validate step fail unexpectedly, to prove such failures become KZ1000
    /// instead of CS8785. Flow-local, so it never affects a real build or other tests.
    /// </summary>
    internal static class FaultInjection
    {
        internal static readonly AsyncLocal<string?> Message = new();

        public static void ThrowIfRequested()
        {
            if (Message.Value is { } message)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
