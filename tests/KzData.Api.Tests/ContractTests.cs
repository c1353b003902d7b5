using System.Runtime.CompilerServices;
using KzData.Api.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KzData.Api.Tests;

/// <summary>The wire shapes: every DTO member is set by name, and fact pages are exactly their PageDto.</summary>
public sealed class ContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public void Every_dto_member_is_required_so_a_mapper_cannot_forget_or_swap_one()
    {
        var dtos = typeof(FactDto).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(FactDto).Namespace && t.Name.Contains("Dto", StringComparison.Ordinal) && !t.IsNested)
            .ToList();
        dtos.ShouldContain(typeof(FactDto));
        dtos.ShouldContain(typeof(PageDto<>));

        foreach (var dto in dtos)
        {
            foreach (var property in dto.GetProperties().Where(p => p.DeclaringType == dto && p.Name != "EqualityContract"))
            {
                property.IsDefined(typeof(RequiredMemberAttribute), inherit: false).ShouldBeTrue($"{dto.Name}.{property.Name} is not required");
                property.IsDefined(typeof(System.ComponentModel.DescriptionAttribute), inherit: false).ShouldBeTrue($"{dto.Name}.{property.Name} has no [Description] for OpenAPI");
            }
        }
    }

    [Fact]
    public void Every_api_endpoint_has_its_request_delegate_generated_at_compile_time()
    {
        // The request delegate generator skips a handler it cannot handle (say, an [AsParameters] shape it does
        // not support) and the endpoint silently falls back to reflection at run time; that shows here.
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) || e.RoutePattern.RawText == "/health")
            .ToList();

        endpoints.ShouldNotBeEmpty();
        foreach (var endpoint in endpoints)
        {
            var generated = endpoint.RequestDelegate!.Method.DeclaringType;
            generated.ShouldNotBeNull(endpoint.RoutePattern.RawText);
            generated.Assembly.ShouldBe(typeof(FactDto).Assembly, endpoint.RoutePattern.RawText);
            generated.Namespace.ShouldBe("Microsoft.AspNetCore.Http.Generated", endpoint.RoutePattern.RawText);
        }
    }

    [Theory]
    [InlineData("/api/v1/facts")]
    [InlineData("/api/v1/facts?pageSize=7&page=2")]
    [InlineData("/api/v1/facts?page=999")]
    [InlineData("/api/v1/facts?disputed=true&sort=-date")]
    [InlineData("/api/v1/sources/kazakhstan-struggles-with-russia/facts?pageSize=3")]
    public async Task A_fact_page_assembled_from_cached_items_is_byte_for_byte_its_PageDto_serialised(string url)
    {
        var served = await client.GetByteArrayAsync(url);
        var json = JsonDocument.Parse(served).RootElement;

        var page = new PageDto<FactDto>
        {
            Items = json.Ids().Select(id => DtoMapper.ToDto(Dataset.Facts.Single(f => f.Id == id))).ToArray(),
            Page = json.GetProperty("page").GetInt32(),
            PageSize = json.GetProperty("pageSize").GetInt32(),
            Total = json.GetProperty("total").GetInt32(),
        };

        served.ShouldBe(JsonSerializer.SerializeToUtf8Bytes(page, AppJsonContext.Web.PageDtoFactDto));
    }
}
