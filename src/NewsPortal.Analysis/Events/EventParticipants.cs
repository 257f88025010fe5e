using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// Who takes part in an event and who says so: roles by word order around the trigger (a mention
/// just before it is its subject, else the first one after it) and the source after a reporting cue.
/// </summary>
internal static class EventParticipants
{
    private const int SubjectReach = 4;
    private const int SourceReach = 4;

    private static readonly HashSet<string> ParticipantKinds =
        [ActorKinds.Person, ActorKinds.Country, ActorKinds.Organization, ActorKinds.Media];

    /// <summary>
    /// Actors that can take part: people, states, organizations, media. An adjectival nisba
    /// (الرئيس الروسي) adds nothing when its country is already named through another mention, and
    /// the institution in a title (المتحدث باسم الكرملين) is who the person speaks for, not a party.
    /// </summary>
    internal static List<TaggedMention> Of(List<TaggedMention> mentions)
    {
        // The set of names is only needed when the sentence has a nisba or qualifier to check against it.
        var hasNisba = false;
        foreach (var m in mentions)
        {
            hasNisba |= m.Mention.Form.Qualifies();
        }
        HashSet<string>? named = null;
        for (var i = 0; hasNisba && i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.Mention.Form.Qualifies())
            {
                named ??= new HashSet<string>(StringComparer.Ordinal);
                named.Add(m.Entry.Id);
                if (m.Entry.Country is { } country)
                {
                    named.Add(country);
                }
            }
        }
        var participants = new List<TaggedMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (ParticipantKinds.Contains(m.Entry.Kind) && m.Mention.Form != MentionForm.Qualifier && !(m.Mention.Form.Qualifies() && named is not null && named.Contains(m.Entry.Id)))
            {
                participants.Add(m);
            }
        }
        return participants;
    }

    /// <summary>Roles hang on the trigger, except that a sanctions threat is made by whoever warns.</summary>
    internal static (int First, int Last) RoleAnchor(string type, TrieMatch<EventCue> trigger, List<(CueKind Kind, int Token)> flags)
    {
        if (type == "sanctions_threat")
        {
            foreach (var (kind, token) in flags)
            {
                if (kind == CueKind.Threat && token < trigger.First)
                {
                    return (token, token);
                }
            }
        }
        return (trigger.First, trigger.Last);
    }

    internal static List<EventParticipant> Roles(List<TaggedMention> participants, (int First, int Last) trigger, ActorEntry? source, string type,
        EventParticipant? sharedSubject, bool agentFollows)
    {
        // News media report events; they take part only in their own statements.
        var candidates = new List<TaggedMention>(participants.Count);
        foreach (var p in participants)
        {
            if (type == "statement" || (p.Entry != source && p.Entry.Kind != ActorKinds.Media))
            {
                candidates.Add(p);
            }
        }
        var roles = new List<EventParticipant>();
        if (sharedSubject is not null)
        {
            roles.Add(sharedSubject);
        }
        else
        {
            var subject = (agentFollows ? null : LastBefore(candidates, trigger.First, SubjectReach))
                ?? FirstAfter(candidates, trigger.Last)
                ?? LastBefore(candidates, trigger.First, int.MaxValue);
            if (subject is null)
            {
                return roles;
            }
            roles.Add(new EventParticipant(subject.Entry.PublicId, subject.Entry.Id, ParticipantRole.Source));
        }
        var actorId = roles[0].OwnId;
        foreach (var p in candidates)
        {
            if (p.First > trigger.Last && p.Entry.Id != actorId && roles.Count < 5 && !HasRole(roles, p.Entry.Id))
            {
                roles.Add(new EventParticipant(p.Entry.PublicId, p.Entry.Id, ParticipantRole.Target));
            }
        }
        return roles;
    }

    /// <summary>The last candidate ending before the trigger, at most <paramref name="reach"/> words before it.</summary>
    private static TaggedMention? LastBefore(List<TaggedMention> candidates, int triggerFirst, int reach)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var p = candidates[i];
            if (p.Last < triggerFirst && triggerFirst - p.Last <= reach)
            {
                return p;
            }
        }
        return null;
    }

    private static TaggedMention? FirstAfter(List<TaggedMention> candidates, int triggerLast)
    {
        foreach (var p in candidates)
        {
            if (p.First > triggerLast)
            {
                return p;
            }
        }
        return null;
    }

    private static bool HasRole(List<EventParticipant> roles, string ownId)
    {
        foreach (var r in roles)
        {
            if (r.OwnId == ownId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Who says so: the known actor right after a reporting cue; a named person or body is preferred
    /// to the nisba of its title ("قال رئيس الوزراء الياباني شيغيرو إيشيبا" → Ishiba, not Japan). It
    /// stands in the cue's clause: "أفادت وكالة … بأن بوتين غادر" names who left, not who tells.
    /// </summary>
    internal static (string? Text, ActorEntry? Actor) Source(List<TrieMatch<EventCue>> cues, List<TaggedMention> mentions, Clauses clauses)
    {
        foreach (var cue in cues)
        {
            if (!IsReporting(cue))
            {
                continue;
            }
            var clause = clauses.Of(cue.First);
            // The first near mention that is not a title's nisba, else the first within reach.
            TaggedMention? named = null;
            TaggedMention? close = null;
            foreach (var m in mentions)
            {
                if (m.First > cue.Last && m.First - cue.Last <= SourceReach + 2 && clauses.Of(m.First) == clause
                    && m.Entry.Kind is ActorKinds.Media or ActorKinds.Organization or ActorKinds.Person or ActorKinds.Country)
                {
                    if (!m.Mention.Form.Qualifies())
                    {
                        named = m;
                        break;
                    }
                    if (close is null && m.First - cue.Last <= SourceReach)
                    {
                        close = m;
                    }
                }
            }
            var said = named ?? close;
            if (said is not null)
            {
                return (said.Mention.Text, said.Entry);
            }
        }
        return (null, null);
    }

    internal static bool IsReporting(TrieMatch<EventCue> cue)
    {
        foreach (var t in cue.Targets)
        {
            if (t.Kind == CueKind.Reporting)
            {
                return true;
            }
        }
        return false;
    }
}
