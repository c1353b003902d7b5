using System.ComponentModel;
using KzData.Api.Infrastructure;
using KzData.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace KzData.Api.Queries;

/// <summary>Which page of a list to answer: the <c>page</c> and <c>pageSize</c> of every list endpoint.</summary>
internal sealed record PageQuery
{
    /// <summary>Items per page when <c>pageSize</c> is absent.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page size.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The largest page number accepted (a page past the end is empty, not an error).</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The 1-based page number, as given.</summary>
    [FromQuery(Name = "page"), Description("1-based page number."), Integer(1, MaxPage, Default = 1)]
    public string? Page { get; init; }

    /// <summary>Items per page, as given.</summary>
    [FromQuery(Name = "pageSize"), Description("Items per page."), Integer(1, MaxPageSize, Default = DefaultPageSize)]
    public string? PageSize { get; init; }

    internal Paging Read(QueryReader reader) => new(
        Page: reader.Int("page", Page, fallback: 1, min: 1, max: MaxPage),
        PageSize: reader.Int("pageSize", PageSize, fallback: DefaultPageSize, min: 1, max: MaxPageSize));
}

/// <summary>A validated page request.</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
internal readonly record struct Paging(int Page, int PageSize)
{
    /// <summary>The items of this page; empty past the end.</summary>
    public IEnumerable<T> Of<T>(IReadOnlyList<T> all) => all.Skip((int)Math.Min((long)(Page - 1) * PageSize, all.Count)).Take(PageSize);
}
