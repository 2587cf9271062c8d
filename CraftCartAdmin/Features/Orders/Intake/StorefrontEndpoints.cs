using System.Text.Json;
using CraftCartAdmin.Domain.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CraftCartAdmin.Features.Orders.Intake;

/// <summary>POST /api/storefront/orders (SPEC "Storefront order intake"): 201, 400 per field, 401, 409; never a 5xx for a SCORE outage.</summary>
public static class StorefrontEndpoints
{
    public const string Path = "/api/storefront/orders";
    public const int MaxBodyBytes = 256 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    public static IEndpointRouteBuilder MapStorefrontIntake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync)
            .AllowAnonymous() // the storefront authenticates with X-Api-Key, not a login cookie
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return endpoints;
    }

    public sealed record Created(string OrderNumber, string CreditResult);

    private static async Task<IResult> HandleAsync(HttpRequest request, StorefrontApiKey apiKey, OrderIntake intake,
        CreditResultWaiter waiter, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!apiKey.IsValid(request.Headers["X-Api-Key"]))
            return TypedResults.Problem(statusCode: 401, title: "APIキーが正しくありません。", detail: "X-Api-Key ヘッダーに発行済みのキーを指定してください。");

        NewOrder? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<NewOrder>(request.Body, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return Invalid(new Dictionary<string, string[]> { [field] = ["JSONの形式または値の型が正しくありません。"] });
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(statusCode: 413, title: "リクエストが大きすぎます。", detail: $"本文は{MaxBodyBytes / 1024}KBまでです。");
        }
        if (input is null) return Invalid(new Dictionary<string, string[]> { ["body"] = ["注文の内容がありません。"] });

        var result = await intake.CreateAsync(input, cancellationToken);
        switch (result.Status)
        {
            case OrderIntakeStatus.Invalid:
                return Invalid(result.Errors!);
            case OrderIntakeStatus.Duplicate:
                return TypedResults.Problem(statusCode: 409, title: "注文番号が重複しています。", detail: result.Errors!["orderNumber"][0]);
        }

        var credit = "NOT_REGISTERED";
        if (result.IsScore)
        {
            var wait = TimeSpan.FromSeconds(configuration.GetValue("Storefront:CreditWaitSeconds", 5.0));
            var (answer, sync) = await waiter.WaitAsync(result.OrderId, wait, cancellationToken);
            credit = StorefrontCreditResult.Of(answer, sync);
        }
        else
        {
            credit = "NOT_REGISTERED";
        }
        return TypedResults.Created($"{Path}/{result.OrderNumber}", new Created(result.OrderNumber, credit));
    }

    private static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "注文の内容に誤りがあります。");
}
