using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftCartAdmin.Domain.Orders;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Tests.Intake;

/// <summary>SPEC O1 and "Storefront order intake": every answer code, with the outbox worker answering from the sandbox.</summary>
public sealed class StorefrontIntakeTests : IAsyncLifetime
{
    private const string ApiKey = "test-storefront-key-0123456789";
    private ScoreTestShop shop = default!;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        shop = await ScoreTestShop.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storefront:ApiKey"] = ApiKey,
            ["Score:Outbox:WorkerEnabled"] = "true",
        });
        client = new HttpClient { BaseAddress = new Uri(shop.App.ServerAddress) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await shop.DisposeAsync();
    }

    [Theory]
    [InlineData("taro@example.jp", "OK")]
    [InlineData("taro+ng@example.jp", "NG")]
    [InlineData("taro+hold@example.jp", "HOLD")]
    [InlineData("taro+pending@example.jp", "PENDING")]
    public async Task O1_201_carries_SCOREs_answer_when_it_comes_within_seconds(string email, string expected)
    {
        var response = await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order(email));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected, body.GetProperty("creditResult").GetString());
        Assert.StartsWith("C", body.GetProperty("orderNumber").GetString());
    }

    [Fact]
    public async Task O1_a_SCORE_outage_is_still_201_NOT_REGISTERED_and_the_order_is_kept()
    {
        await shop.SetFaultsAsync(new CraftCartAdmin.ScoreSandbox.SandboxFaultSettings { ServerErrorShare = 1.0 });

        var response = await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order() with { OrderNumber = "SF0001" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("NOT_REGISTERED", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("creditResult").GetString());
        await using var db = await shop.ContextAsync();
        Assert.True(await db.Orders.AnyAsync(o => o.OrderNumber == "SF0001" && o.SyncState != SyncState.Synced));
        Assert.True(await db.ScoreOutbox.AnyAsync(m => m.Order!.OrderNumber == "SF0001"));
    }

    [Fact]
    public async Task A_missing_or_wrong_key_is_401_and_stores_nothing()
    {
        using var anonymous = new HttpClient { BaseAddress = client.BaseAddress };
        var missing = await anonymous.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order());
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "wrong");
        var wrong = await anonymous.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order());

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        await AssertNoOrdersAsync();
    }

    [Fact]
    public async Task A_duplicate_order_number_is_409()
    {
        var first = await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order() with { OrderNumber = "SF0100" });
        var second = await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order() with { OrderNumber = "SF0100" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await using var db = await shop.ContextAsync();
        Assert.Equal(1, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Bad_fields_are_400_naming_each_field_in_Japanese()
    {
        var order = ScoreTestShop.Order() with
        {
            Customer = ScoreTestShop.Order().Customer! with { LastNameKana = "やまだ", Email = "not-an-email" },
            Items = [new NewOrderItem { Name = "石鹸", UnitPrice = -1, Quantity = 0 }],
            DeliveryMethod = "no-such-method",
        };

        var response = await client.PostAsJsonAsync(StorefrontEndpoints.Path, order);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "customer.lastNameKana", "customer.email", "items[0].unitPrice", "items[0].quantity" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        await AssertNoOrdersAsync();
    }

    [Fact]
    public async Task Over_SCOREs_55000_yen_limit_is_400_before_anything_is_stored()
    {
        var response = await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order(unitPrice: 30_000, quantity: 2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("55,000", await response.Content.ReadAsStringAsync());
        await AssertNoOrdersAsync();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"items\": \"should be an array\"}")]
    [InlineData("{\"shippingFee\": \"800\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_JSON_or_wrong_types_are_400_and_store_nothing(string body)
    {
        var response = await client.PostAsync(StorefrontEndpoints.Path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNoOrdersAsync();
    }

    [Fact]
    public async Task A_huge_body_is_refused_and_the_app_keeps_serving()
    {
        var huge = new string('あ', 400_000);
        var response = await client.PostAsync(StorefrontEndpoints.Path, new StringContent($"{{\"orderNumber\":\"{huge}\"}}", Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(StorefrontEndpoints.Path, ScoreTestShop.Order())).StatusCode);
    }

    [Fact]
    public async Task Control_characters_and_broken_unicode_are_400()
    {
        var body = JsonSerializer.Serialize(ScoreTestShop.Order(), new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\"山田\"", "\"山\\u0000田\"").Replace("\"太郎\"", "\"\\ud800\"");

        var response = await client.PostAsync(StorefrontEndpoints.Path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNoOrdersAsync();
    }

    private async Task AssertNoOrdersAsync()
    {
        await using var db = await shop.ContextAsync();
        Assert.Equal(0, await db.Orders.CountAsync());
        Assert.Equal(0, await db.ScoreOutbox.CountAsync());
    }
}
