namespace KzData;

/// <summary>What a fact is about. Serialised in kebab-case (<c>domestic-politics</c>).</summary>
public enum Topic
{
    /// <summary>Foreign relations, votes, recognition, visits.</summary>
    Diplomacy,

    /// <summary>Military alliances, bases, exercises, threats.</summary>
    Security,

    /// <summary>Trade, sanctions, currency, markets.</summary>
    Economy,

    /// <summary>Oil and gas, pipelines, export routes.</summary>
    Energy,

    /// <summary>People crossing borders: refugees, draft evaders, workers.</summary>
    Migration,

    /// <summary>Aid, evacuation, protection of civilians.</summary>
    Humanitarian,

    /// <summary>Kazakhstan's internal politics: elections, protests, public opinion.</summary>
    DomesticPolitics,

    /// <summary>Media, propaganda, social networks, disinformation.</summary>
    Information,

    /// <summary>Population and its ethnic composition.</summary>
    Demographics,
}

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>A state, present or past.</summary>
    Country,

    /// <summary>An international organisation, ministry, party or institute.</summary>
    Organization,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A city, region, site or geographic feature.</summary>
    Place,

    /// <summary>A business.</summary>
    Company,

    /// <summary>A news outlet, TV channel or social network.</summary>
    Media,
}

/// <summary>How faithful an article's wording is; quotes keep it verbatim either way.</summary>
public enum TextQuality
{
    /// <summary>The article as its author wrote it.</summary>
    Original,

    /// <summary>Machine-translated from another language; names may be garbled.</summary>
    MachineTranslated,

    /// <summary>Machine-paraphrased (synonym-spun); wording may be odd.</summary>
    Paraphrased,
}

/// <summary>How a quantity relates to the true figure.</summary>
public enum QuantityBound
{
    /// <summary>The figure as stated.</summary>
    Exact,

    /// <summary>An approximation ("about", "around", "nearly").</summary>
    About,

    /// <summary>A lower bound ("at least", "no less than", "more than").</summary>
    AtLeast,

    /// <summary>An upper bound ("at most", "up to").</summary>
    AtMost,
}
