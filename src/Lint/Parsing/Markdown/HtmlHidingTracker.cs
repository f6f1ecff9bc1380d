using HealthLint.Documents;

namespace HealthLint.Parsing.Markdown;

/// <summary>
/// Follows one element that hides its content (<c>&lt;div hidden&gt;</c>, <c>&lt;span style="display:none"&gt;</c>,
/// <c>&lt;script&gt;</c>) from its start tag to the end tag that closes it, counting nested elements of the same name.
/// </summary>
internal sealed class HtmlHidingTracker
{
    private string? _name;
    private int _depth;

    public bool IsHiding => _depth > 0;

    /// <summary>Why the content is hidden; meaningful while <see cref="IsHiding"/>.</summary>
    public HiddenReason Reason { get; private set; }

    /// <summary>Where the start tag of the hiding element began, in the text its tags were read from.</summary>
    public int OpenedAt { get; private set; }

    /// <summary>Takes a tag in document order. Returns <see langword="true"/> when the tag changed whether content is hidden.</summary>
    public bool Observe(HtmlTag tag)
    {
        if (_depth == 0)
        {
            if (tag.IsEnd || tag.IsVoid)
            {
                return false;
            }

            var reason = HtmlVisibility.HidingReason(tag);
            if (reason is null)
            {
                return false;
            }

            _name = tag.Name;
            _depth = 1;
            Reason = reason.Value;
            OpenedAt = tag.Start;
            return true;
        }

        if (!string.Equals(tag.Name, _name, StringComparison.Ordinal))
        {
            return false;
        }

        if (tag.IsEnd)
        {
            _depth--;
            if (_depth == 0)
            {
                _name = null;
                return true;
            }
        }
        else if (!tag.IsSelfClosing)
        {
            _depth++;
        }

        return false;
    }

    public void Reset()
    {
        _name = null;
        _depth = 0;
    }
}
