using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CraftCartAdmin.Features.Orders.Intake;
using CraftCartAdmin.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CraftCartAdmin.Tests.Hardening;

/// <summary>
/// SPEC O1 and "Storefront order intake" under hostile input: every field of a good order replaced by
/// each bad value, and seeded random mutations of the JSON text. Every answer is 201, 400 or 409 (never
/// a 5xx); a refusal is a ProblemDetails in Japanese and stores nothing; an acceptance stores exactly one
/// order with one SCORE registration; and the intake keeps taking good orders.
/// </summary>
public sealed class StorefrontIntakeFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ApiKey = "fuzz-storefront-key-0123456789";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ScoreTestShop shop = default!;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        shop = await ScoreTestShop.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storefront:ApiKey"] = ApiKey,
            ["Storefront:CreditWaitSeconds"] = "0",
            ["RateLimits:StorefrontPerMinute"] = "100000",
        });
        client = new HttpClient { BaseAddress = new Uri(shop.App.ServerAddress) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await shop.DisposeAsync();
    }

    private static readonly string[] TextFields =
    [
        "orderNumber", "paymentMethod", "deliveryMethod",
        "customer.lastName", "customer.firstName", "customer.lastNameKana", "customer.firstNameKana", "customer.email",
        "customer.phone", "customer.postalCode", "customer.prefecture", "customer.city", "customer.address1", "customer.address2",
        "customer.company", "items.0.sku", "items.0.name",
    ];

    private static readonly string[] NumberFields = ["shippingFee", "paymentFee", "discount", "items.0.unitPrice", "items.0.quantity"];

    /// <summary>Values no field may take: the intake must refuse each one wherever it appears.</summary>
    private static readonly (string Name, JsonNode? Value)[] AlwaysBadText =
    [
        ("10,000 characters", JsonValue.Create(new string('あ', 10_000))),
        ("NUL", JsonValue.Create("山\u0000田")),
        ("escape sequence", JsonValue.Create("\u001b[31m赤")),
        ("right-to-left override", JsonValue.Create("山田\u202e")),
        ("zero-width space", JsonValue.Create("山\u200b田")),
        ("a number", JsonValue.Create(12345)),
        ("an object", new JsonObject { ["a"] = 1 }),
        ("an array", new JsonArray(1, 2)),
    ];

    /// <summary>Values some fields may take: each must be a clean 201 or a clean 400, never a crash.</summary>
    private static readonly (string Name, JsonNode? Value)[] QuestionableText =
    [
        ("empty", JsonValue.Create("")),
        ("blank", JsonValue.Create("   ")),
        ("null", null),
        ("half-width kana", JsonValue.Create("ﾔﾏﾀﾞ ﾀﾛｳ")),
        ("kanji", JsonValue.Create("山田")),
        ("emoji", JsonValue.Create("山田😀")),
        ("full-width digits", JsonValue.Create("０９０－１２３４－５６７８")),
        ("Shift_JIS-less character", JsonValue.Create("髙﨑")),
        ("formula", JsonValue.Create("=HYPERLINK(\"x\")")),
        ("markup", JsonValue.Create("<script>alert(1)</script>")),
        ("SQL", JsonValue.Create("'; DROP TABLE Orders; --")),
    ];

    private static readonly (string Name, JsonNode? Value)[] BadNumbers =
    [
        ("negative", JsonValue.Create(-1)),
        ("int overflow", JsonValue.Create(2147483648L)),
        ("1e20", JsonValue.Create(1e20)),
        ("fraction", JsonValue.Create(1.5)),
        ("text", JsonValue.Create("800円")), // "800" itself is read as 800 (JSON web defaults), which is fine
        ("true", JsonValue.Create(true)),
        ("array", new JsonArray()),
    ];

    [Fact]
    public async Task Every_field_with_every_bad_value_is_refused_cleanly_or_accepted_whole()
    {
        var tried = 0;
        var accepted = new List<string>();
        foreach (var field in TextFields)
        {
            foreach (var (name, value) in AlwaysBadText)
            {
                var outcome = await PostAsync(With(field, value), $"{field} = {name}");
                Assert.True(outcome == HttpStatusCode.BadRequest, $"{field} = {name} was {(int)outcome}");
                tried++;
            }
            foreach (var (name, value) in QuestionableText)
            {
                if (await PostAsync(With(field, value), $"{field} = {name}") == HttpStatusCode.Created) accepted.Add($"{field} = {name}");
                tried++;
            }
        }
        foreach (var field in NumberFields)
        {
            foreach (var (name, value) in BadNumbers)
            {
                var outcome = await PostAsync(With(field, value), $"{field} = {name}");
                Assert.True(outcome == HttpStatusCode.BadRequest, $"{field} = {name} was {(int)outcome}");
                tried++;
            }
        }
        Assert.Equal(HttpStatusCode.Created, await PostAsync(GoodOrder().ToJsonString(Web), "a good order after all that"));
        output.WriteLine($"{tried} field values tried; accepted: {string.Join("; ", accepted)}");
    }

    [Fact]
    public async Task Random_mutations_of_the_JSON_text_never_break_the_intake()
    {
        var random = new Random(20261204);
        var good = GoodOrder().ToJsonString(Web);
        var outcomes = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 300; i++)
        {
            var mutated = Mutate(good, random);
            var outcome = await PostAsync(mutated, $"mutation #{i}: {mutated[..Math.Min(mutated.Length, 200)]}");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        Assert.True(outcomes.GetValueOrDefault(HttpStatusCode.BadRequest) > 100, "most mutations break the order, so refusals were exercised");
        Assert.Equal(HttpStatusCode.Created, await PostAsync(good, "a good order after all that"));
        output.WriteLine(string.Join(", ", outcomes.Select(o => $"{(int)o.Key}: {o.Value}")));
    }

    /// <summary>Posts the body and checks what the answer promises against what was stored.</summary>
    private async Task<HttpStatusCode> PostAsync(string body, string what)
    {
        var (ordersBefore, outboxBefore) = await CountsAsync();

        using var response = await client.PostAsync(StorefrontEndpoints.Path, new StringContent(body, Encoding.UTF8, "application/json"));

        var (ordersAfter, outboxAfter) = await CountsAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest or HttpStatusCode.Conflict,
            $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode == HttpStatusCode.Created)
        {
            Assert.Equal(ordersBefore + 1, ordersAfter);
            Assert.InRange(outboxAfter - outboxBefore, 0, 1); // one registration when paid スコア後払い
            return response.StatusCode;
        }
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(problem.Any(c => c is >= '\u3040' and <= '\u9FFF'), $"{what}: the refusal is not in Japanese: {problem}");
        Assert.Equal((ordersBefore, outboxBefore), (ordersAfter, outboxAfter));
        return response.StatusCode;
    }

    private async Task<(int Orders, int Outbox)> CountsAsync()
    {
        await using var db = await shop.ContextAsync();
        return (await db.Orders.CountAsync(), await db.ScoreOutbox.CountAsync());
    }

    private static JsonObject GoodOrder()
    {
        var order = JsonSerializer.SerializeToNode(ScoreTestShop.Order(), Web)!.AsObject();
        order["customer"]!["address2"] = "コーポ101";
        order["customer"]!["company"] = "こもれび工房";
        order["shippingFee"] = 800;
        order["paymentFee"] = 330;
        order["discount"] = 0;
        return order;
    }

    private static string With(string path, JsonNode? value)
    {
        var order = GoodOrder();
        JsonNode parent = order;
        var steps = path.Split('.');
        foreach (var step in steps[..^1]) parent = int.TryParse(step, out var index) ? parent[index]! : parent[step]!;
        if (int.TryParse(steps[^1], out var last)) parent[last] = value?.DeepClone();
        else parent[steps[^1]] = value?.DeepClone();
        return order.ToJsonString(Web);
    }

    private static string Mutate(string json, Random random)
    {
        const string specials = "{}[]\",:\\ 0-9eE.+tfnul\u0000\u00a0あ😀";
        var text = new StringBuilder(json);
        for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0: text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at)); break;
                case 1: text.Insert(at, specials[random.Next(specials.Length)]); break;
                case 2: text[at] = specials[random.Next(specials.Length)]; break;
                default: text.Length = at; break;
            }
        }
        return text.ToString();
    }
}
