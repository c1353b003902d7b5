using System.Collections.Generic;
using System.Globalization;
using KzData.Generators.Common;
using KzData.Generators.Diagnostics;

namespace KzData.Generators.Parsing
{
    /// <summary>
    /// Finds characters a file must not hold, at their line and column: U+FFFD (what the compiler decodes
    /// invalid UTF-8 to) and invisible bidirectional controls ("Trojan Source").
    /// </summary>
    /// <remarks>
    /// A generator sees the decoded text, not the bytes, so it cannot tell invalid UTF-8 from a literal
    /// U+FFFD. Both are refused: a literal replacement character in an article or a fact is itself the mark
    /// of an earlier broken conversion, and the original character should be restored.
    /// </remarks>
    internal static class TextHazards
    {
        /// <summary>Past this many hazards in one file, the rest are not reported (the cap would sum them up anyway).</summary>
        private const int MaxPerFile = 200;

        /// <summary>Reports each hazard of <paramref name="text"/>; <paramref name="isSeed"/> allows the directional marks an article may carry.</summary>
        public static void Scan(string path, string text, bool isSeed, List<DiagnosticInfo> diagnostics)
        {
            var name = System.IO.Path.GetFileName(path);
            var line = 0;
            var lineStart = 0;
            var found = 0;
            for (var i = 0; i < text.Length && found < MaxPerFile; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                    continue;
                }

                if (c < '\u061C' || (c > '\u061C' && c < '\u200E'))
                {
                    continue;
                }

                var location = LocationInfo.Create(path, i, line, i - lineStart, i + 1, line, i - lineStart + 1);
                if (c == '\uFFFD')
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReplacementCharacter, location, name));
                    found++;
                }
                else if (IsBidiControl(c, isSeed))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BidiControl, location, name, "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
                    found++;
                }
            }
        }

        /// <summary>Embeddings, overrides and isolates everywhere; the plain marks (LRM, RLM, ALM) only outside seeds.</summary>
        public static bool IsBidiControl(char c, bool isSeed) =>
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || (!isSeed && (c == '\u200E' || c == '\u200F' || c == '\u061C'));
    }
}
