using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftCartAdmin.Data.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvoiceBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Encoding = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceBatchOrders",
                columns: table => new
                {
                    BatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceBatchOrders", x => new { x.BatchId, x.OrderId });
                    table.ForeignKey(
                        name: "FK_InvoiceBatchOrders_InvoiceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "InvoiceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvoiceBatchOrders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceBatches_CreatedAt",
                table: "InvoiceBatches",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceBatchOrders_OrderId",
                table: "InvoiceBatchOrders",
                column: "OrderId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceBatchOrders");

            migrationBuilder.DropTable(
                name: "InvoiceBatches");
        }
    }
}
