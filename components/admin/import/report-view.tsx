import Link from "next/link";
import { pluralize } from "@/lib/format/counts";
import type { ImportReport } from "@/lib/wordpress/import-types";
import { FormAlert } from "@/components/forms/form-alert";
import { DataTable, TD, TH } from "../data-table";
import { ProblemsSection } from "./problems-list";
import { SummaryGrid } from "./summary-grid";

/** What an import did: counts, the reviews it made or added to, and what it couldn't do. */
export function ReportView({ report }: { report: ImportReport }) {
  const byState = report.comments.createdByState;
  return (
    <div className="space-y-8">
      <FormAlert tone={report.nothingChanged ? "info" : "success"}>
        {report.nothingChanged
          ? `Nothing changed: everything in this export was already here (${pluralize(report.reviews.alreadyImported, "review")}, ${pluralize(report.comments.alreadyImported, "comment")}).`
          : `Imported ${pluralize(report.reviews.created, "review")} and ${pluralize(report.comments.created, "comment")} in ${report.seconds} s.`}
      </FormAlert>
      <SummaryGrid
        items={[
          { label: "New reviews", value: report.reviews.created, detail: `${report.reviews.alreadyImported} already here, ${report.reviews.skippedNoFilm} left out (no film)` },
          { label: "New comments", value: report.comments.created, detail: `${byState.published} published, ${byState.pending} held, ${byState.trash} deleted` },
          { label: "Already here", value: report.comments.alreadyImported, detail: "comments from an earlier import" },
          { label: "Not imported", value: report.notImported.spam + report.notImported.pingbacks + report.notImported.otherTypes, detail: `${report.notImported.spam} spam, ${report.notImported.pingbacks} pingbacks & trackbacks` },
          { label: "New authors", value: report.authorsCreated },
        ]}
      />
      {byState.pending > 0 && (
        <p className="text-sm">
          <Link href="/admin/queue" className="font-medium text-ink underline underline-offset-4">
            {pluralize(byState.pending, "held comment")} wait in the moderation queue
          </Link>
          , marked “Imported as pending”.
        </p>
      )}
      {report.touched.length > 0 && (
        <section aria-labelledby="touched-heading" className="space-y-3">
          <h2 id="touched-heading" className="text-lg font-semibold text-ink">
            Reviews
          </h2>
          <DataTable caption="Reviews this import made or added to" minWidth="36rem">
            <thead>
              <tr>
                <th scope="col" className={TH}>Review</th>
                <th scope="col" className={TH}>Film</th>
                <th scope="col" className={`${TH} text-right`}>New comments</th>
              </tr>
            </thead>
            <tbody>
              {report.touched.map((review) => (
                <tr key={review.reviewId}>
                  <td className={TD}>
                    <Link href={`/reviews/${review.reviewId}`} className="font-medium text-ink underline-offset-4 hover:underline">
                      {review.title ?? `Post #${review.postId}`}
                    </Link>
                  </td>
                  <td className={TD}>{review.film}</td>
                  <td className={`${TD} text-right tabular-nums`}>{review.newComments}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}
      <ProblemsSection problems={report.problems} empty="None." />
    </div>
  );
}
