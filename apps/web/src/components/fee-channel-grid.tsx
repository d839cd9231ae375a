import { FEE_CHANNELS, type FeeChannel } from '@pos/shared';
import { Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FeeChannelGridProps {
  /** Column headings: the channel, then the two inputs; a falsy heading leaves its column untitled. */
  headers: [ReactNode, ReactNode, ReactNode];
  className?: string;
  /** The two cells of a channel's row (the form items), given the channel and its translated name. */
  children: (channel: FeeChannel, channelName: string) => [ReactNode, ReactNode];
}

/**
 * One row per payment channel with two inputs beside its name: the layout shared by the fee calculator, the
 * wizard's expected volumes and the provider's fee schedule form. Headings show on wide screens only.
 */
export function FeeChannelGrid({ headers, className, children }: FeeChannelGridProps) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12} style={{ marginBottom: 4 }} className={className}>
        {headers.map((heading, index) => (
          <Col key={index} xs={0} md={index === 0 ? 6 : 9}>
            {heading && <Typography.Text type="secondary">{heading}</Typography.Text>}
          </Col>
        ))}
      </Row>
      {FEE_CHANNELS.map((channel) => {
        const channelName = t(`enums.feeChannel.${channel}`);
        const [first, second] = children(channel, channelName);
        return (
          <Row key={channel} gutter={12} align="top">
            <Col xs={24} md={6} style={{ paddingTop: 5 }}>
              <Typography.Text strong>{channelName}</Typography.Text>
            </Col>
            <Col xs={12} md={9}>
              {first}
            </Col>
            <Col xs={12} md={9}>
              {second}
            </Col>
          </Row>
        );
      })}
    </>
  );
}
