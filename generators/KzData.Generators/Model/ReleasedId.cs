using System;
using KzData.Generators.Common;

namespace KzData.Generators.Model
{
    /// <summary>One line of released-ids.txt: a fact id that was published, and where it is written.</summary>
    internal sealed record ReleasedId(string Id, LocationInfo Location)
    {
        /// <summary>
        /// The ids of released-ids.txt, one per line; blank lines and lines starting with '#' are skipped. An id
        /// that is not well formed is kept (the validator reports it at its line).
        /// </summary>
        public static EquatableArray<ReleasedId> Parse(InputFile file)
        {
            var ids = new System.Collections.Generic.List<ReleasedId>();
            var text = file.Text;
            var start = 0;
            for (var line = 0; start <= text.Length; line++)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var content = text.Substring(start, end - start).TrimEnd('\r');
                var trimmed = content.Trim();
                if (trimmed.Length > 0 && !trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    var column = content.IndexOf(trimmed, StringComparison.Ordinal);
                    ids.Add(new ReleasedId(trimmed, LocationInfo.Create(file.Path, start + column, line, column, start + column + trimmed.Length, line, column + trimmed.Length)));
                }

                start = end + 1;
            }

            return ids.ToEquatableArray();
        }
    }
}
