using System.Runtime.CompilerServices;
using KzData.Api.Contracts;

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
