import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_COMMENT_MAX, type ReviewComment } from '../../../../shared/review';
import { formatDateTime, type DateStyle } from '../../lib/format';
import { useDeviceName } from '../activity/device-names';

interface CommentThreadProps {
  comments: readonly ReviewComment[];
  dateStyle: DateStyle;
  busy: boolean;
  onComment: (body: string, parentId: string | undefined) => Promise<boolean>;
}

interface CommentFormProps {
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}

function CommentForm({ label, submitLabel, busy, onSubmit, onCancel, testId }: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const submit = async () => {
    if (body.trim() === '') return;
    if (await onSubmit(body)) setBody('');
  };
  return (
    <Stack gap={4} data-testid={testId}>
      <Textarea
        label={label}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={REVIEW_COMMENT_MAX}
      />
      <Group gap="xs">
        <Button size="xs" onClick={() => void submit()} loading={busy} disabled={body.trim() === ''}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('review.comments.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Comments oldest first, each with its replies indented under it; "Reply" opens a form in place. */
export function CommentThread({ comments, dateStyle, busy, onComment }: CommentThreadProps) {
  const { t } = useTranslation();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const ids = new Set(comments.map((c) => c.id));
  // A reply whose parent is not here (never expected) is shown as a comment of its own.
  const roots = comments.filter((c) => c.parentId === null || !ids.has(c.parentId));
  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);

  // The author is the device that wrote the comment (the session's actor, a UUID): shown by the
  // name its user gave it (issue 6, device_labels), else "This computer" or "Device 1a2b3c4d".
  const authorLabel = useDeviceName();

  const renderComment = (comment: ReviewComment, depth: number) => (
    <Paper
      key={comment.id}
      withBorder
      p="xs"
      ml={depth * 24}
      data-testid="review-comment"
      data-comment-id={comment.id}
      data-parent-id={comment.parentId ?? ''}
    >
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={600}>
          {authorLabel(comment.author)}
          {comment.origin === 'packet' ? ` · ${t('review.comments.fromPacket')}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(comment.createdAt, dateStyle)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.body}
      </Text>
      {replyTo === comment.id ? (
        <CommentForm
          label={t('review.comments.replyLabel')}
          submitLabel={t('review.comments.sendReply')}
          busy={busy}
          testId="review-reply-form"
          onSubmit={async (body) => {
            const ok = await onComment(body, comment.id);
            if (ok) setReplyTo(null);
            return ok;
          }}
          onCancel={() => setReplyTo(null)}
        />
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => setReplyTo(comment.id)}>
          {t('review.comments.reply')}
        </Button>
      )}
    </Paper>
  );

  const renderTree = (comment: ReviewComment, depth: number): ReactNode[] => [
    renderComment(comment, depth),
    ...repliesOf(comment.id).flatMap((reply) => renderTree(reply, Math.min(depth + 1, 4))),
  ];

  return (
    <Stack gap="xs" data-testid="review-comments">
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.comments.none')}
        </Text>
      ) : (
        roots.flatMap((comment) => renderTree(comment, 0))
      )}
      <CommentForm
        label={t('review.comments.newLabel')}
        submitLabel={t('review.comments.send')}
        busy={busy}
        testId="review-comment-form"
        onSubmit={(body) => onComment(body, undefined)}
      />
    </Stack>
  );
}
