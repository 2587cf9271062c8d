using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftCartAdmin.ScoreSandbox.Migrations
{
    /// <inheritdoc />
    public partial class InitialSandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SandboxTransactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NissenTransactionId = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ShopTransactionId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShopOrderDate = table.Column<string>(type: "TEXT", nullable: false),
                    BilledAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentType = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorResult = table.Column<string>(type: "TEXT", nullable: false),
                    HoldFinalResult = table.Column<string>(type: "TEXT", nullable: true),
                    HoldUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AuthoriDate = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    BuyerSnapshot = table.Column<string>(type: "TEXT", nullable: false),
                    DeliverySnapshot = table.Column<string>(type: "TEXT", nullable: false),
                    OrderXml = table.Column<string>(type: "TEXT", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShippedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CarrierCode = table.Column<int>(type: "INTEGER", nullable: true),
                    SlipNo = table.Column<string>(type: "TEXT", nullable: true),
                    EditedOutside = table.Column<bool>(type: "INTEGER", nullable: false),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvoiceRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxTransactions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxTransactions_NissenTransactionId",
                table: "SandboxTransactions",
                column: "NissenTransactionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxTransactions_ShopTransactionId",
                table: "SandboxTransactions",
                column: "ShopTransactionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SandboxTransactions");
        }
    }
}
